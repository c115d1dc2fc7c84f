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
    Contract contract) {

  public OrderToCashProperties {
    if (currency == null) currency = Currency.getInstance("CNY");
    if (companyName == null) companyName = "Order-to-Cash";
    if (mail == null) mail = new Mail(null);
    if (outbox == null) outbox = new Outbox(null);
    if (demo == null) demo = new Demo(false);
    if (contract == null) contract = new Contract(null, null);
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
   * Contract signing: a reminder to the customer every {@code reminderInterval} while the
   * signature is outstanding; unsigned after {@code signatureDeadline} the contract expires.
   */
  public record Contract(Duration reminderInterval, Duration signatureDeadline) {
    public Contract {
      if (reminderInterval == null) reminderInterval = Duration.ofDays(3);
      if (signatureDeadline == null) signatureDeadline = Duration.ofDays(14);
    }
  }
}
