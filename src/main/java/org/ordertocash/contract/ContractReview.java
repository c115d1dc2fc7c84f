package org.ordertocash.contract;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** A reviewer's decision on one contract version: approved, or an amendment requested. */
@Entity
@Immutable
public class ContractReview {

  public static final String APPROVED = "APPROVED";
  public static final String AMENDMENT_REQUESTED = "AMENDMENT_REQUESTED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long contractId;
  private int versionNo;
  @Enumerated(EnumType.STRING)
  private ContractReviewKind review;
  private String decision;
  private String reviewer;
  private String clause;
  private String requestedChange;
  private Instant decidedAt;

  protected ContractReview() {}

  ContractReview(Long contractId, int versionNo, ContractReviewKind review, String decision, String reviewer,
      String clause, String requestedChange, Instant decidedAt) {
    this.contractId = contractId;
    this.versionNo = versionNo;
    this.review = review;
    this.decision = decision;
    this.reviewer = reviewer;
    this.clause = clause;
    this.requestedChange = requestedChange;
    this.decidedAt = decidedAt;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public int getVersionNo() { return versionNo; }
  public ContractReviewKind getReview() { return review; }
  public String getDecision() { return decision; }
  public String getReviewer() { return reviewer; }
  public String getClause() { return clause; }
  public String getRequestedChange() { return requestedChange; }
  public Instant getDecidedAt() { return decidedAt; }
}
