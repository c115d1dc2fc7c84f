package org.ordertocash.config;

import java.time.Duration;
import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code ordertocash.*} in application.yml. */
@ConfigurationProperties("ordertocash")
public record OrderToCashProperties(
    Currency currency,
    String companyName,
    Mail mail,
    Outbox outbox,
    Demo demo,
    Shipping shipping) {

  public OrderToCashProperties {
    if (currency == null) currency = Currency.getInstance("CNY");
    if (companyName == null) companyName = "Order-to-Cash";
    if (mail == null) mail = new Mail(null);
    if (outbox == null) outbox = new Outbox(null);
    if (demo == null) demo = new Demo(false);
    if (shipping == null) shipping = new Shipping(null, null, null, null, null);
  }

  public record Mail(String from) {
    public Mail {
      if (from == null) from = "orders@localhost";
    }
  }

  public record Outbox(Duration pollInterval) {
    public Outbox {
      if (pollInterval == null) pollInterval = Duration.ofSeconds(5);
    }
  }

  public record Demo(boolean enabled) {}

  /**
   * Transit days from ship date to promised delivery date per shipping method (carrier: per
   * service; any other service counts as standard); deliveries abroad add {@code abroadExtraDays}.
   */
  public record Shipping(Integer ownFleetDays, Integer carrierStandardDays, Integer carrierExpressDays,
      Integer pickupDays, Integer abroadExtraDays) {
    public Shipping {
      if (ownFleetDays == null) ownFleetDays = 1;
      if (carrierStandardDays == null) carrierStandardDays = 3;
      if (carrierExpressDays == null) carrierExpressDays = 1;
      if (pickupDays == null) pickupDays = 0;
      if (abroadExtraDays == null) abroadExtraDays = 4;
    }
  }
}
