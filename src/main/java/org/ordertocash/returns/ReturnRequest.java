package org.ordertocash.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A customer's return of delivered goods: what and why, the eligibility decision, the RMA, the
 * warehouse's inspection and the settlement. Each step moves it on once; repeating a step (a
 * retried job) changes nothing more.
 */
@Entity
@Table(name = "return_request")
public class ReturnRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String number;
  private String orderNumber;
  private String customerCode;
  @Enumerated(EnumType.STRING)
  private ReturnReason reason;
  @Enumerated(EnumType.STRING)
  private ReturnWish wish;
  private String notes;
  @Enumerated(EnumType.STRING)
  private ReturnStatus status;
  private String requestKey;
  private int daysSinceDelivery;
  private int returnWindowDays;
  private String category;
  private String eligibility;
  private String eligibilityReason;
  private String claimNumber;
  private String decidedBy;
  private String decisionNote;
  private String rmaNumber;
  private String receivedBy;
  private Instant receivedAt;
  @Enumerated(EnumType.STRING)
  private GoodsCondition goodsCondition;
  private String inspectionNotes;
  @Enumerated(EnumType.STRING)
  private Disposition disposition;
  private String inspectedBy;
  private Instant inspectedAt;
  private String creditNotes;
  private BigDecimal refundAmount;
  private String refundReference;
  private String shipmentNumber;
  private String differenceDocument;
  private String requestedBy;
  private Instant requestedAt;
  private Instant closedAt;
  @Version
  private int version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "return_id", nullable = false)
  @OrderBy("orderLineNo")
  private List<ReturnLine> lines = new ArrayList<>();

  protected ReturnRequest() {}

  @SuppressWarnings("java:S107") // what a request says and what it was measured against
  ReturnRequest(String number, String orderNumber, String customerCode, ReturnReason reason, ReturnWish wish,
      String notes, String requestKey, ReturnWindow window, String claimNumber, List<ReturnLine> lines,
      String requestedBy, Instant requestedAt) {
    this.number = number;
    this.orderNumber = orderNumber;
    this.customerCode = customerCode;
    this.reason = reason;
    this.wish = wish;
    this.notes = notes;
    this.requestKey = requestKey;
    this.daysSinceDelivery = window.daysSinceDelivery();
    this.returnWindowDays = window.returnWindowDays();
    this.category = window.category();
    this.claimNumber = claimNumber;
    this.lines.addAll(lines);
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.status = ReturnStatus.REQUESTED;
  }

  void eligibility(String eligibility, String reason) {
    if (this.eligibility == null) {
      this.eligibility = eligibility;
      this.eligibilityReason = reason;
      if ("REVIEW".equals(eligibility)) {
        status = ReturnStatus.IN_REVIEW;
      }
    }
  }

  void decided(String user, String note) {
    if (decidedBy == null && user != null) {
      decidedBy = user;
      decisionNote = note;
    }
  }

  void reject(Instant now) {
    if (status == ReturnStatus.REQUESTED || status == ReturnStatus.IN_REVIEW) {
      status = ReturnStatus.REJECTED;
      closedAt = now;
    }
  }

  void approve(String rmaNumber) {
    if (this.rmaNumber == null) {
      this.rmaNumber = rmaNumber;
      status = ReturnStatus.APPROVED;
    }
  }

  void expire(Instant now) {
    if (status == ReturnStatus.APPROVED) {
      status = ReturnStatus.EXPIRED;
      closedAt = now;
    }
  }

  void inspected(GoodsCondition condition, String notes, Disposition disposition, String user, Instant now) {
    if (status == ReturnStatus.APPROVED) {
      this.goodsCondition = condition;
      this.inspectionNotes = notes;
      this.disposition = disposition;
      this.receivedBy = user;
      this.receivedAt = now;
      this.inspectedBy = user;
      this.inspectedAt = now;
      status = ReturnStatus.INSPECTED;
    }
  }

  void credited(List<String> notes, BigDecimal refundDue) {
    this.creditNotes = String.join(",", notes);
    this.refundAmount = refundDue;
  }

  void refunded(BigDecimal amount, String bankReference) {
    this.refundAmount = amount;
    this.refundReference = bankReference;
  }

  void goodsSent(String shipmentNumber) {
    this.shipmentNumber = shipmentNumber;
  }

  void difference(String document) {
    this.differenceDocument = document;
  }

  void close(Instant now) {
    if (status == ReturnStatus.INSPECTED) {
      status = ReturnStatus.CLOSED;
      closedAt = now;
    }
  }

  List<String> creditNoteNumbers() {
    return creditNotes == null || creditNotes.isBlank() ? List.of() : List.of(creditNotes.split(","));
  }

  public Long getId() { return id; }
  public String getNumber() { return number; }
  public String getOrderNumber() { return orderNumber; }
  public String getCustomerCode() { return customerCode; }
  public ReturnReason getReason() { return reason; }
  public ReturnWish getWish() { return wish; }
  public String getNotes() { return notes; }
  public ReturnStatus getStatus() { return status; }
  public String getRequestKey() { return requestKey; }
  public int getDaysSinceDelivery() { return daysSinceDelivery; }
  public int getReturnWindowDays() { return returnWindowDays; }
  public String getCategory() { return category; }
  public String getEligibility() { return eligibility; }
  public String getEligibilityReason() { return eligibilityReason; }
  public String getClaimNumber() { return claimNumber; }
  public String getDecidedBy() { return decidedBy; }
  public String getDecisionNote() { return decisionNote; }
  public String getRmaNumber() { return rmaNumber; }
  public String getReceivedBy() { return receivedBy; }
  public Instant getReceivedAt() { return receivedAt; }
  public GoodsCondition getGoodsCondition() { return goodsCondition; }
  public String getInspectionNotes() { return inspectionNotes; }
  public Disposition getDisposition() { return disposition; }
  public String getInspectedBy() { return inspectedBy; }
  public Instant getInspectedAt() { return inspectedAt; }
  public BigDecimal getRefundAmount() { return refundAmount; }
  public String getRefundReference() { return refundReference; }
  public String getShipmentNumber() { return shipmentNumber; }
  public String getDifferenceDocument() { return differenceDocument; }
  public String getRequestedBy() { return requestedBy; }
  public Instant getRequestedAt() { return requestedAt; }
  public Instant getClosedAt() { return closedAt; }
  public List<ReturnLine> getLines() { return Collections.unmodifiableList(lines); }
}
