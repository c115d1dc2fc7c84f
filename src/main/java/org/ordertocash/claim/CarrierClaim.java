package org.ordertocash.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A claim against the carrier for one lost or damaged shipment. */
@Entity
@Table(name = "carrier_claim")
public class CarrierClaim {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String number;
  private String orderNumber;
  private String shipmentNumber;
  @Enumerated(EnumType.STRING)
  private ClaimReason reason;
  @Enumerated(EnumType.STRING)
  private ClaimStatus status;
  private String carrier;
  private String trackingNumber;
  private BigDecimal goodsValue;
  private String currency;
  private BigDecimal claimAmount;
  private LocalDate claimDeadline;
  private String evidence;
  private String carrierReference;
  private Instant submittedAt;
  private String submittedBy;
  private int followUps;
  private int reminders;
  private String lastFollowUpNote;
  private BigDecimal amountReceived;
  private String rejectionReason;
  private String closingNote;
  private Instant settledAt;
  private String settledBy;
  private Instant openedAt;
  @Version
  private int version;

  protected CarrierClaim() {}

  public CarrierClaim(String number, String orderNumber, String shipmentNumber, ClaimReason reason, String carrier,
      String trackingNumber, BigDecimal goodsValue, String currency, LocalDate proposedDeadline, Instant openedAt) {
    this.number = number;
    this.orderNumber = orderNumber;
    this.shipmentNumber = shipmentNumber;
    this.reason = reason;
    this.status = ClaimStatus.OPEN;
    this.carrier = carrier;
    this.trackingNumber = trackingNumber;
    this.goodsValue = goodsValue;
    this.currency = currency;
    this.claimAmount = goodsValue.signum() > 0 ? goodsValue : null;
    this.claimDeadline = proposedDeadline;
    this.openedAt = openedAt;
  }

  void submit(String evidence, BigDecimal amount, LocalDate deadline, String carrierReference, String user, Instant at) {
    this.evidence = evidence;
    this.claimAmount = amount;
    this.claimDeadline = deadline;
    this.carrierReference = carrierReference;
    this.submittedBy = user;
    this.submittedAt = at;
    this.status = ClaimStatus.SUBMITTED;
  }

  void followedUp(String note) {
    this.followUps++;
    this.lastFollowUpNote = note;
  }

  void reminded() {
    this.reminders++;
  }

  void paid(BigDecimal amount, String user, Instant at) {
    this.amountReceived = amount;
    settle(ClaimStatus.PAID, user, at);
  }

  void rejected(String reason, String user, Instant at) {
    this.rejectionReason = reason;
    settle(ClaimStatus.REJECTED, user, at);
  }

  void expired(Instant at) {
    settle(ClaimStatus.EXPIRED, "system", at);
  }

  void writtenOff(String note, String user, Instant at) {
    this.closingNote = note;
    settle(ClaimStatus.WRITTEN_OFF, user, at);
  }

  private void settle(ClaimStatus newStatus, String user, Instant at) {
    this.status = newStatus;
    this.settledBy = user;
    this.settledAt = at;
  }

  public Long getId() { return id; }
  public String getNumber() { return number; }
  public String getOrderNumber() { return orderNumber; }
  public String getShipmentNumber() { return shipmentNumber; }
  public ClaimReason getReason() { return reason; }
  public ClaimStatus getStatus() { return status; }
  public String getCarrier() { return carrier; }
  public String getTrackingNumber() { return trackingNumber; }
  public BigDecimal getGoodsValue() { return goodsValue; }
  public String getCurrency() { return currency; }
  public BigDecimal getClaimAmount() { return claimAmount; }
  public LocalDate getClaimDeadline() { return claimDeadline; }
  public String getEvidence() { return evidence; }
  public String getCarrierReference() { return carrierReference; }
  public Instant getSubmittedAt() { return submittedAt; }
  public String getSubmittedBy() { return submittedBy; }
  public int getFollowUps() { return followUps; }
  public int getReminders() { return reminders; }
  public String getLastFollowUpNote() { return lastFollowUpNote; }
  public BigDecimal getAmountReceived() { return amountReceived; }
  public String getRejectionReason() { return rejectionReason; }
  public String getClosingNote() { return closingNote; }
  public Instant getSettledAt() { return settledAt; }
  public String getSettledBy() { return settledBy; }
  public Instant getOpenedAt() { return openedAt; }
}
