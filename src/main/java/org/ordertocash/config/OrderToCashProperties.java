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
    Negotiation negotiation) {

  public OrderToCashProperties {
    if (currency == null) currency = Currency.getInstance("CNY");
    if (companyName == null) companyName = "Order-to-Cash";
    if (mail == null) mail = new Mail(null);
    if (outbox == null) outbox = new Outbox(null);
    if (demo == null) demo = new Demo(false);
    if (negotiation == null) negotiation = new Negotiation(null);
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

  /** {@code quotationValidity}: how long a quotation sent to the customer stays valid (P30D). */
  public record Negotiation(java.time.Period quotationValidity) {
    public Negotiation {
      if (quotationValidity == null) quotationValidity = java.time.Period.ofDays(30);
    }
  }
}
