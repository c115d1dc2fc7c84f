package org.ordertocash.negotiation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An approver's decision on a quotation version (one row per approval step taken). */
@Entity
public class QuotationApproval {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String step;
  private String decision;
  private String approver;
  private String comment;
  private Instant decidedAt;

  protected QuotationApproval() {}

  QuotationApproval(String step, String decision, String approver, String comment, Instant decidedAt) {
    this.step = step;
    this.decision = decision;
    this.approver = approver;
    this.comment = comment;
    this.decidedAt = decidedAt;
  }

  public String getStep() { return step; }
  public String getDecision() { return decision; }
  public String getApprover() { return approver; }
  public String getComment() { return comment; }
  public Instant getDecidedAt() { return decidedAt; }
}
