package org.ordertocash.customer;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A request to change a customer's credit limit: applied at once, or waiting for approval. */
@Entity
class CreditLimitRequest {

  enum Status { APPLIED, PENDING_APPROVAL, APPROVED, REFUSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String number;
  private String customerCode;
  private BigDecimal currentLimit;
  private BigDecimal requestedLimit;
  private String reason;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String requestedBy;
  private Instant requestedAt;
  private String decidedBy;
  private Instant decidedAt;
  private String decisionNote;
  private String requestKey;

  protected CreditLimitRequest() {}

  CreditLimitRequest(String number, String customerCode, BigDecimal currentLimit, BigDecimal requestedLimit,
      String reason, Status status, String requestedBy, Instant requestedAt, String requestKey) {
    this.number = number;
    this.customerCode = customerCode;
    this.currentLimit = currentLimit;
    this.requestedLimit = requestedLimit;
    this.reason = reason;
    this.status = status;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.requestKey = requestKey;
  }

  void decide(Status outcome, String by, String note, Instant at) {
    this.status = outcome;
    this.decidedBy = by;
    this.decisionNote = note;
    this.decidedAt = at;
  }

  String getNumber() { return number; }
  String getCustomerCode() { return customerCode; }
  BigDecimal getCurrentLimit() { return currentLimit; }
  BigDecimal getRequestedLimit() { return requestedLimit; }
  String getReason() { return reason; }
  Status getStatus() { return status; }
  String getRequestedBy() { return requestedBy; }
  Instant getRequestedAt() { return requestedAt; }
  String getDecidedBy() { return decidedBy; }
  Instant getDecidedAt() { return decidedAt; }
  String getDecisionNote() { return decisionNote; }
}
