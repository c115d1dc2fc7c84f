package org.ordertocash.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.ordertocash.config.Language;

@Entity
public class Customer {

  @Id
  private String code;
  private String name;
  private String contactName;
  private String contactEmail;
  private String contactPhone;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "billing_street")),
    @AttributeOverride(name = "city", column = @Column(name = "billing_city")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code")),
    @AttributeOverride(name = "country", column = @Column(name = "billing_country"))
  })
  private Address billingAddress;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "delivery_street")),
    @AttributeOverride(name = "city", column = @Column(name = "delivery_city")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "delivery_postal_code")),
    @AttributeOverride(name = "country", column = @Column(name = "delivery_country"))
  })
  private Address deliveryAddress;

  @Enumerated(EnumType.STRING)
  private ValueClass valueClass;
  private BigDecimal creditLimit;
  private String currency;
  /** Allowed terms, comma separated; the first is the customer's default. */
  private String paymentTerms;
  private boolean blocked;
  /** The language mails and documents to this customer are written in (zh-CN or en). */
  private String language = Language.ZH_CN.tag();
  /** The Idempotency-Key of the request that created the customer through the API. */
  private String requestKey;
  private Instant createdAt;

  protected Customer() {}

  public Customer(String code, String name, String contactName, String contactEmail,
      String contactPhone, Address billingAddress, Address deliveryAddress, ValueClass valueClass,
      BigDecimal creditLimit, String currency, List<PaymentTerms> allowedTerms, boolean blocked,
      Instant createdAt) {
    this.code = code;
    update(name, contactName, contactEmail, contactPhone, billingAddress, deliveryAddress, valueClass, allowedTerms,
        Language.ZH_CN);
    this.creditLimit = creditLimit;
    this.currency = currency;
    this.blocked = blocked;
    this.createdAt = createdAt;
  }

  /** Everything staff maintain about the customer but the credit limit and the block. */
  void update(String name, String contactName, String contactEmail, String contactPhone, Address billingAddress,
      Address deliveryAddress, ValueClass valueClass, List<PaymentTerms> allowedTerms, Language language) {
    this.name = name;
    this.contactName = contactName;
    this.contactEmail = contactEmail;
    this.contactPhone = contactPhone;
    this.billingAddress = billingAddress;
    this.deliveryAddress = deliveryAddress;
    this.valueClass = valueClass;
    this.paymentTerms = allowedTerms.stream().map(Enum::name).collect(Collectors.joining(","));
    this.language = language.tag();
  }

  void block(boolean blocked) {
    this.blocked = blocked;
  }

  void changeCreditLimit(BigDecimal creditLimit) {
    this.creditLimit = creditLimit;
  }

  public List<PaymentTerms> allowedPaymentTerms() {
    return Arrays.stream(paymentTerms.split(",")).map(String::trim).map(PaymentTerms::valueOf).toList();
  }

  public PaymentTerms defaultPaymentTerms() {
    return allowedPaymentTerms().get(0);
  }

  /** Where goods go unless the order says otherwise: the delivery address, else the billing one. */
  public Address defaultDeliveryAddress() {
    return deliveryAddress != null ? deliveryAddress : billingAddress;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public String getContactName() { return contactName; }
  public String getContactEmail() { return contactEmail; }
  public String getContactPhone() { return contactPhone; }
  public Address getBillingAddress() { return billingAddress; }
  public Address getDeliveryAddress() { return deliveryAddress; }
  public ValueClass getValueClass() { return valueClass; }
  public BigDecimal getCreditLimit() { return creditLimit; }
  public String getCurrency() { return currency; }
  public boolean isBlocked() { return blocked; }
  public Language getLanguage() { return Language.of(language); }
  public void setLanguage(Language language) { this.language = language.tag(); }
  void setRequestKey(String requestKey) { this.requestKey = requestKey; }
  public Instant getCreatedAt() { return createdAt; }
}
