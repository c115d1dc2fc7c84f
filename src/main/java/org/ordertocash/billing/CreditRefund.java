package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Credit paid back to the customer: from a credit note or from a payment no invoice took. */
@Entity
class CreditRefund {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String customerCode;
  private String source;
  private BigDecimal amount;
  private String currency;
  private String bankReference;
  private LocalDate valueDate;
  private String refundedBy;
  private Instant refundedAt;

  protected CreditRefund() {}

  CreditRefund(String customerCode, String source, BigDecimal amount, String currency, String bankReference,
      LocalDate valueDate, String refundedBy, Instant refundedAt) {
    this.customerCode = customerCode;
    this.source = source;
    this.amount = amount;
    this.currency = currency;
    this.bankReference = bankReference;
    this.valueDate = valueDate;
    this.refundedBy = refundedBy;
    this.refundedAt = refundedAt;
  }

  boolean sameAs(String customerCode, String source, BigDecimal amount) {
    return this.customerCode.equals(customerCode) && this.source.equals(source) && this.amount.compareTo(amount) == 0;
  }

  String getCustomerCode() { return customerCode; }
  String getSource() { return source; }
  BigDecimal getAmount() { return amount; }
  String getCurrency() { return currency; }
  String getBankReference() { return bankReference; }
  LocalDate getValueDate() { return valueDate; }
  String getRefundedBy() { return refundedBy; }
}
