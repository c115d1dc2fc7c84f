package org.ordertocash.complaint;

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
 * A customer's complaint: what it is about, the deadlines for the first response and the
 * resolution, the answer, the root cause and action, and the remedy. Each step records once.
 */
@Entity
@jakarta.persistence.EntityListeners(ComplaintAudit.class)
@Table(name = "complaint")
public class Complaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String number;
  private String customerCode;
  private String orderNumber;
  @Enumerated(EnumType.STRING)
  private ComplaintChannel channel;
  @Enumerated(EnumType.STRING)
  private ComplaintCategory category;
  private String description;
  @Enumerated(EnumType.STRING)
  private ComplaintStatus status;
  private String requestKey;
  private String customerClass;
  private Instant firstResponseDue;
  private Instant resolutionDue;
  private String firstResponse;
  private String firstRespondedBy;
  private Instant firstRespondedAt;
  private Instant escalatedAt;
  @Enumerated(EnumType.STRING)
  private RootCause rootCause;
  private String actionTaken;
  private String resolution;
  @Enumerated(EnumType.STRING)
  private Remedy remedy;
  private String resolvedBy;
  private Instant resolvedAt;
  private BigDecimal creditPerUnit;
  private String creditApprovedBy;
  private String remedyReference;
  private String receivedBy;
  private Instant receivedAt;
  @Version
  private int version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "complaint_id", nullable = false)
  @OrderBy("orderLineNo")
  private List<ComplaintLine> lines = new ArrayList<>();

  protected Complaint() {}

  @SuppressWarnings("java:S107") // what the customer said and who took it
  Complaint(String number, String customerCode, String orderNumber, ComplaintChannel channel,
      ComplaintCategory category, String description, String requestKey, String customerClass,
      List<ComplaintLine> lines, String receivedBy, Instant receivedAt) {
    this.number = number;
    this.customerCode = customerCode;
    this.orderNumber = orderNumber;
    this.channel = channel;
    this.category = category;
    this.description = description;
    this.requestKey = requestKey;
    this.customerClass = customerClass;
    this.lines.addAll(lines);
    this.receivedBy = receivedBy;
    this.receivedAt = receivedAt;
    this.status = ComplaintStatus.OPEN;
  }

  void deadlines(Instant firstResponseDue, Instant resolutionDue) {
    if (this.firstResponseDue == null) {
      this.firstResponseDue = firstResponseDue;
      this.resolutionDue = resolutionDue;
    }
  }

  void responded(String response, String user, Instant at) {
    if (status == ComplaintStatus.OPEN) {
      firstResponse = response;
      firstRespondedBy = user;
      firstRespondedAt = at;
      status = ComplaintStatus.RESPONDED;
    }
  }

  void escalated(Instant at) {
    if (escalatedAt == null) {
      escalatedAt = at;
    }
  }

  @SuppressWarnings("java:S107") // the resolution's parts, as the form records them
  void resolved(RootCause rootCause, String actionTaken, String resolution, Remedy remedy, BigDecimal creditPerUnit,
      String user, Instant at) {
    if (status == ComplaintStatus.RESPONDED) {
      this.rootCause = rootCause;
      this.actionTaken = actionTaken;
      this.resolution = resolution;
      this.remedy = remedy;
      this.creditPerUnit = creditPerUnit;
      this.resolvedBy = user;
      this.resolvedAt = at;
      this.status = ComplaintStatus.RESOLVED;
    }
  }

  void creditApproved(String user) {
    creditApprovedBy = user;
  }

  void remedied(String reference) {
    remedyReference = reference;
  }

  /** Whether the first response went out by its deadline (null while there is none). */
  Boolean firstResponseInTime() {
    return firstRespondedAt == null || firstResponseDue == null ? null : !firstRespondedAt.isAfter(firstResponseDue);
  }

  /** Whether the complaint was resolved by its deadline (null while it is not). */
  Boolean resolvedInTime() {
    return resolvedAt == null || resolutionDue == null ? null : !resolvedAt.isAfter(resolutionDue);
  }

  public String getNumber() { return number; }
  public String getCustomerCode() { return customerCode; }
  public String getOrderNumber() { return orderNumber; }
  public ComplaintChannel getChannel() { return channel; }
  public ComplaintCategory getCategory() { return category; }
  public String getDescription() { return description; }
  public ComplaintStatus getStatus() { return status; }
  public String getCustomerClass() { return customerClass; }
  public Instant getFirstResponseDue() { return firstResponseDue; }
  public Instant getResolutionDue() { return resolutionDue; }
  public String getFirstResponse() { return firstResponse; }
  public String getFirstRespondedBy() { return firstRespondedBy; }
  public Instant getFirstRespondedAt() { return firstRespondedAt; }
  public Instant getEscalatedAt() { return escalatedAt; }
  public RootCause getRootCause() { return rootCause; }
  public String getActionTaken() { return actionTaken; }
  public String getResolution() { return resolution; }
  public Remedy getRemedy() { return remedy; }
  public String getResolvedBy() { return resolvedBy; }
  public Instant getResolvedAt() { return resolvedAt; }
  public BigDecimal getCreditPerUnit() { return creditPerUnit; }
  public String getCreditApprovedBy() { return creditApprovedBy; }
  public String getRemedyReference() { return remedyReference; }
  public String getReceivedBy() { return receivedBy; }
  public Instant getReceivedAt() { return receivedAt; }
  public List<ComplaintLine> getLines() { return Collections.unmodifiableList(lines); }
}
