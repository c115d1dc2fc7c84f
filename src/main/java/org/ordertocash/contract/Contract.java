package org.ordertocash.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.ordertocash.customer.PaymentTerms;

/** The contract of an order: its terms as of the current version, its status and risk. */
@Entity
public class Contract {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String number;
  private String orderNumber;
  @Enumerated(EnumType.STRING)
  private ContractStatus status;
  private int currentVersion;
  private String currency;
  private BigDecimal contractValue;
  @Enumerated(EnumType.STRING)
  private PaymentTerms paymentTerms;
  private LocalDate deliveryDate;
  private BigDecimal penaltyPercentPerWeek;
  private BigDecimal penaltyCapPercent;
  private String specialClauses;
  private String riskLevel;
  private Integer riskScore;
  private String riskReasons;
  private String draftedBy;
  private String internalSignatory;
  private Instant sentAt;
  private int remindersSent;
  private String createdBy;
  private Instant createdAt;
  @Version
  private int lockVersion;

  protected Contract() {}

  Contract(String number, String orderNumber, String currency, BigDecimal contractValue, ContractTerms terms,
      String createdBy, Instant createdAt) {
    this.number = number;
    this.orderNumber = orderNumber;
    this.currency = currency;
    this.contractValue = contractValue;
    this.status = ContractStatus.DRAFTED;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    apply(terms);
  }

  void apply(ContractTerms terms) {
    this.paymentTerms = terms.paymentTerms();
    this.deliveryDate = terms.deliveryDate();
    this.penaltyPercentPerWeek = terms.penaltyPercentPerWeek();
    this.penaltyCapPercent = terms.penaltyCapPercent();
    this.specialClauses = terms.specialClauses();
  }

  public ContractTerms terms() {
    return new ContractTerms(paymentTerms, deliveryDate, penaltyPercentPerWeek, penaltyCapPercent, specialClauses);
  }

  int nextVersion(String drafter) {
    if (currentVersion == 0) {
      this.draftedBy = drafter;
    }
    this.status = ContractStatus.IN_REVIEW;
    return ++currentVersion;
  }

  void assessed(String level, int score, String reasons) {
    this.riskLevel = level;
    this.riskScore = score;
    this.riskReasons = reasons;
  }

  void changeStatus(ContractStatus status) {
    this.status = status;
  }

  void sent(String signatory, Instant at) {
    this.internalSignatory = signatory;
    this.sentAt = at;
    this.status = ContractStatus.AWAITING_CUSTOMER_SIGNATURE;
  }

  int nextReminder() {
    return ++remindersSent;
  }

  public Long getId() { return id; }
  public String getNumber() { return number; }
  public String getOrderNumber() { return orderNumber; }
  public ContractStatus getStatus() { return status; }
  public int getCurrentVersion() { return currentVersion; }
  public String getCurrency() { return currency; }
  public BigDecimal getContractValue() { return contractValue; }
  public PaymentTerms getPaymentTerms() { return paymentTerms; }
  public LocalDate getDeliveryDate() { return deliveryDate; }
  public BigDecimal getPenaltyPercentPerWeek() { return penaltyPercentPerWeek; }
  public BigDecimal getPenaltyCapPercent() { return penaltyCapPercent; }
  public String getSpecialClauses() { return specialClauses; }
  public String getRiskLevel() { return riskLevel; }
  public Integer getRiskScore() { return riskScore; }
  public String getRiskReasons() { return riskReasons; }
  public String getDraftedBy() { return draftedBy; }
  public String getInternalSignatory() { return internalSignatory; }
  public Instant getSentAt() { return sentAt; }
  public int getRemindersSent() { return remindersSent; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
