package org.ordertocash.dunning;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One dunning letter: an invoice's level, what it claimed and the PDF that went out. */
@Entity
class DunningLetter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String invoiceNumber;
  private int level;
  private String customerCode;
  private int daysOverdue;
  private BigDecimal openAmount;
  private BigDecimal fee;
  private BigDecimal interestRate;
  private BigDecimal interest;
  private String currency;
  private String wording;
  private Long documentId;
  private String sentBy;
  private Instant sentAt;

  protected DunningLetter() {}

  DunningLetter(String invoiceNumber, int level, String customerCode, int daysOverdue, LetterAmounts amounts,
      String currency, String wording, String sentBy, Instant sentAt) {
    this.invoiceNumber = invoiceNumber;
    this.level = level;
    this.customerCode = customerCode;
    this.daysOverdue = daysOverdue;
    this.openAmount = amounts.open();
    this.fee = amounts.fee();
    this.interestRate = amounts.interestRate();
    this.interest = amounts.interest();
    this.currency = currency;
    this.wording = wording;
    this.sentBy = sentBy;
    this.sentAt = sentAt;
  }

  void attachDocument(long documentId) {
    this.documentId = documentId;
  }

  LetterAmounts amounts() {
    return new LetterAmounts(openAmount, fee, interestRate, interest);
  }

  String getInvoiceNumber() { return invoiceNumber; }
  int getLevel() { return level; }
  String getCustomerCode() { return customerCode; }
  int getDaysOverdue() { return daysOverdue; }
  String getCurrency() { return currency; }
  String getWording() { return wording; }
  Long getDocumentId() { return documentId; }
  Instant getSentAt() { return sentAt; }
}
