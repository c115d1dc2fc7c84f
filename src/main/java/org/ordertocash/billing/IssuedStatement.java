package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A statement finance issued for a period, the customer's answer to it and, if disputed, its resolution. */
@Entity
class IssuedStatement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String customerCode;
  private LocalDate periodFrom;
  private LocalDate periodTo;
  private BigDecimal closingBalance;
  private String currency;
  private String issuedBy;
  private Instant issuedAt;
  private String response;
  private String responseNote;
  private String respondedBy;
  private Instant respondedAt;
  private String resolution;
  private String resolutionNote;
  private String resolvedBy;
  private Instant resolvedAt;
  @Version
  private int version;

  protected IssuedStatement() {}

  IssuedStatement(Statement statement, String issuedBy, Instant issuedAt) {
    this.customerCode = statement.customer();
    this.periodFrom = statement.from();
    this.periodTo = statement.to();
    this.closingBalance = statement.closingBalance();
    this.currency = statement.currency();
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
  }

  void answer(String response, String note, String by, Instant at) {
    this.response = response;
    this.responseNote = note;
    this.respondedBy = by;
    this.respondedAt = at;
  }

  void resolve(String resolution, String note, String by, Instant at) {
    this.resolution = resolution;
    this.resolutionNote = note;
    this.resolvedBy = by;
    this.resolvedAt = at;
  }

  boolean isAnswered() {
    return response != null;
  }

  Long getId() { return id; }
  String getCustomerCode() { return customerCode; }
  LocalDate getPeriodFrom() { return periodFrom; }
  LocalDate getPeriodTo() { return periodTo; }
  BigDecimal getClosingBalance() { return closingBalance; }
  String getCurrency() { return currency; }
  String getIssuedBy() { return issuedBy; }
  Instant getIssuedAt() { return issuedAt; }
  String getResponse() { return response; }
  String getResponseNote() { return responseNote; }
  String getRespondedBy() { return respondedBy; }
  Instant getRespondedAt() { return respondedAt; }
  String getResolution() { return resolution; }
  String getResolutionNote() { return resolutionNote; }
  String getResolvedBy() { return resolvedBy; }
}
