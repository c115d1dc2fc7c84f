package org.ordertocash.negotiation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

import org.ordertocash.customer.PaymentTerms;

/** One version of a quotation: its lines, payment terms, validity, approvals and status. */
@Entity
public class QuotationVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int version;
  @Enumerated(EnumType.STRING)
  private QuotationStatus status;
  @Enumerated(EnumType.STRING)
  private PaymentTerms paymentTerms;
  private LocalDate validUntil;
  private BigDecimal totalAmount;
  private BigDecimal maxDiscountPercent;
  private String approvalRoute;
  private Boolean financeApproval;
  private String proposedBy;
  private Instant proposedAt;
  private String note;
  private Long documentId;
  private Instant sentAt;

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "quotation_version_id", nullable = false)
  @OrderBy("lineNo")
  private List<QuotationLine> lines = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "quotation_version_id", nullable = false)
  @OrderBy("id")
  private List<QuotationApproval> approvals = new ArrayList<>();

  protected QuotationVersion() {}

  QuotationVersion(int version, PaymentTerms paymentTerms, List<QuotationLine> lines, String proposedBy,
      Instant proposedAt, String note) {
    this.version = version;
    this.status = QuotationStatus.DRAFT;
    this.paymentTerms = paymentTerms;
    this.lines.addAll(lines);
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.note = note;
    this.totalAmount = lines.stream().map(QuotationLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    this.maxDiscountPercent = lines.stream().map(QuotationLine::getDiscountPercent)
        .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
  }

  void route(String approvalRoute, boolean financeApproval) {
    this.approvalRoute = approvalRoute;
    this.financeApproval = financeApproval;
  }

  void addApproval(QuotationApproval approval) {
    approvals.add(approval);
  }

  void changeStatus(QuotationStatus newStatus) {
    this.status = newStatus;
  }

  void sent(Long documentId, LocalDate validUntil, Instant at) {
    this.documentId = documentId;
    this.validUntil = validUntil;
    this.sentAt = at;
    this.status = QuotationStatus.SENT;
  }

  public Long getId() { return id; }
  public int getVersion() { return version; }
  public QuotationStatus getStatus() { return status; }
  public PaymentTerms getPaymentTerms() { return paymentTerms; }
  public LocalDate getValidUntil() { return validUntil; }
  public BigDecimal getTotalAmount() { return totalAmount; }
  public BigDecimal getMaxDiscountPercent() { return maxDiscountPercent; }
  public String getApprovalRoute() { return approvalRoute; }
  public Boolean getFinanceApproval() { return financeApproval; }
  public String getProposedBy() { return proposedBy; }
  public Instant getProposedAt() { return proposedAt; }
  public String getNote() { return note; }
  public Long getDocumentId() { return documentId; }
  public Instant getSentAt() { return sentAt; }
  public List<QuotationLine> getLines() { return Collections.unmodifiableList(lines); }
  public List<QuotationApproval> getApprovals() { return Collections.unmodifiableList(approvals); }
}
