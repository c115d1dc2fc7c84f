package org.ordertocash.contract;

import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.ExposedToModels;
import org.springframework.stereotype.Component;

/**
 * The timers of contract-signing, from {@code ordertocash.contract.*}: the reminder cycle
 * ({@code ${contractSettings.reminderCycle()}}) and the signature deadline
 * ({@code ${contractSettings.signatureDeadline()}}), as ISO 8601 for the engine.
 */
@ExposedToModels
@Component("contractSettings")
public class ContractSettings {

  private final OrderToCashProperties.Contract settings;

  public ContractSettings(OrderToCashProperties properties) {
    this.settings = properties.contract();
  }

  public String reminderCycle() {
    return "R/" + settings.reminderInterval();
  }

  public String signatureDeadline() {
    return settings.signatureDeadline().toString();
  }
}
