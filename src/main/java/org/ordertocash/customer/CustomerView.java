package org.ordertocash.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A customer as other modules see it: read-only, detached from the database. The customer module
 * alone changes customers.
 */
public final class CustomerView {

  private final String code;
  private final String name;
  private final String contactName;
  private final String contactEmail;
  private final String contactPhone;
  private final Address billingAddress;
  private final Address defaultDeliveryAddress;
  private final ValueClass valueClass;
  private final BigDecimal creditLimit;
  private final String currency;
  private final List<PaymentTerms> allowedPaymentTerms;
  private final boolean blocked;
  private final org.ordertocash.config.Language language;
  private final Instant createdAt;

  CustomerView(Customer c) {
    this.code = c.getCode();
    this.name = c.getName();
    this.contactName = c.getContactName();
    this.contactEmail = c.getContactEmail();
    this.contactPhone = c.getContactPhone();
    this.billingAddress = c.getBillingAddress();
    this.defaultDeliveryAddress = c.defaultDeliveryAddress();
    this.valueClass = c.getValueClass();
    this.creditLimit = c.getCreditLimit();
    this.currency = c.getCurrency();
    this.allowedPaymentTerms = List.copyOf(c.allowedPaymentTerms());
    this.blocked = c.isBlocked();
    this.language = c.getLanguage();
    this.createdAt = c.getCreatedAt();
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public String getContactName() { return contactName; }
  public String getContactEmail() { return contactEmail; }
  public String getContactPhone() { return contactPhone; }
  public Address getBillingAddress() { return billingAddress; }
  public Address defaultDeliveryAddress() { return defaultDeliveryAddress; }
  public ValueClass getValueClass() { return valueClass; }
  public BigDecimal getCreditLimit() { return creditLimit; }
  public String getCurrency() { return currency; }
  public List<PaymentTerms> allowedPaymentTerms() { return allowedPaymentTerms; }
  public PaymentTerms defaultPaymentTerms() { return allowedPaymentTerms.get(0); }
  public boolean isBlocked() { return blocked; }
  /** The language of the customer's mails and documents. */
  public org.ordertocash.config.Language getLanguage() { return language; }
  public Instant getCreatedAt() { return createdAt; }
}
