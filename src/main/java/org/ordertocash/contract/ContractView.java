package org.ordertocash.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contract as /api shows it: terms, status, risk, every version and review, the signature. */
public record ContractView(
    String number,
    String orderNumber,
    ContractStatus status,
    int currentVersion,
    String currency,
    BigDecimal contractValue,
    String paymentTerms,
    LocalDate deliveryDate,
    BigDecimal penaltyPercentPerWeek,
    BigDecimal penaltyCapPercent,
    String specialClauses,
    String riskLevel,
    Integer riskScore,
    String riskReasons,
    String draftedBy,
    String internalSignatory,
    Instant sentAt,
    int remindersSent,
    List<Version> versions,
    List<Review> reviews,
    Signature signature) {

  public record Version(int version, long documentId, String sha256, String changeNote, String amendmentRequestedBy,
      String reviews, String createdBy, Instant createdAt) {}

  public record Review(int version, ContractReviewKind review, String decision, String reviewer, String clause,
      String requestedChange, Instant decidedAt) {}

  public record Signature(int version, String signedBy, LocalDate signedOn, String documentSha256,
      Long signedDocumentId, String recordedBy, Instant recordedAt) {}

  static ContractView of(Contract c, List<ContractVersion> versions, List<ContractReview> reviews,
      ContractSignature signature) {
    return new ContractView(c.getNumber(), c.getOrderNumber(), c.getStatus(), c.getCurrentVersion(), c.getCurrency(),
        c.getContractValue(), c.getPaymentTerms().name(), c.getDeliveryDate(), c.getPenaltyPercentPerWeek(),
        c.getPenaltyCapPercent(), c.getSpecialClauses(), c.getRiskLevel(), c.getRiskScore(), c.getRiskReasons(),
        c.getDraftedBy(), c.getInternalSignatory(), c.getSentAt(), c.getRemindersSent(),
        versions.stream().map(v -> new Version(v.getVersionNo(), v.getDocumentId(), v.getSha256(), v.getChangeNote(),
            v.getAmendmentRequestedBy(), v.getRepeatedReviews(), v.getCreatedBy(), v.getCreatedAt())).toList(),
        reviews.stream().map(r -> new Review(r.getVersionNo(), r.getReview(), r.getDecision(), r.getReviewer(),
            r.getClause(), r.getRequestedChange(), r.getDecidedAt())).toList(),
        signature == null ? null : new Signature(signature.getVersionNo(), signature.getSignedBy(),
            signature.getSignedOn(), signature.getDocumentSha256(), signature.getSignedDocumentId(),
            signature.getRecordedBy(), signature.getRecordedAt()));
  }
}
