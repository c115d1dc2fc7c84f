package org.ordertocash.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A carrier claim as /api shows it. */
public record ClaimView(String number, String orderNumber, String shipmentNumber, ClaimReason reason,
    ClaimStatus status, String carrier, String trackingNumber, BigDecimal goodsValue, String currency,
    BigDecimal claimAmount, LocalDate claimDeadline, String evidence, String carrierReference, Instant submittedAt,
    String submittedBy, int followUps, int reminders, String lastFollowUpNote, BigDecimal amountReceived,
    String rejectionReason, String closingNote, Instant settledAt, String settledBy, Instant openedAt) {

  public static ClaimView of(CarrierClaim c) {
    return new ClaimView(c.getNumber(), c.getOrderNumber(), c.getShipmentNumber(), c.getReason(), c.getStatus(),
        c.getCarrier(), c.getTrackingNumber(), c.getGoodsValue(), c.getCurrency(), c.getClaimAmount(),
        c.getClaimDeadline(), c.getEvidence(), c.getCarrierReference(), c.getSubmittedAt(), c.getSubmittedBy(),
        c.getFollowUps(), c.getReminders(), c.getLastFollowUpNote(), c.getAmountReceived(), c.getRejectionReason(),
        c.getClosingNote(), c.getSettledAt(), c.getSettledBy(), c.getOpenedAt());
  }
}
