package org.ordertocash.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A return as the API shows it: the request, the decision, the goods and the settlement. */
public record ReturnView(String number, String rmaNumber, String orderNumber, String customerCode, ReturnStatus status,
    ReturnReason reason, ReturnWish wish, String notes, List<Line> lines, int daysSinceDelivery, int returnWindowDays,
    String category, String eligibility, String eligibilityReason, String claimNumber, String decidedBy,
    String decisionNote, Instant receivedAt, GoodsCondition goodsCondition, String inspectionNotes,
    Disposition disposition, String inspectedBy, List<String> creditNotes, BigDecimal refundAmount,
    String refundReference, String shipmentNumber, String differenceDocument, String requestedBy, Instant requestedAt,
    Instant closedAt) {

  public record Line(int lineNo, String sku, int quantity, String exchangeSku) {}

  static ReturnView of(ReturnRequest r) {
    return new ReturnView(r.getNumber(), r.getRmaNumber(), r.getOrderNumber(), r.getCustomerCode(), r.getStatus(),
        r.getReason(), r.getWish(), r.getNotes(),
        r.getLines().stream().map(l -> new Line(l.getOrderLineNo(), l.getSku(), l.getQuantity(), l.getExchangeSku()))
            .toList(),
        r.getDaysSinceDelivery(), r.getReturnWindowDays(), r.getCategory(), r.getEligibility(),
        r.getEligibilityReason(), r.getClaimNumber(), r.getDecidedBy(), r.getDecisionNote(), r.getReceivedAt(),
        r.getGoodsCondition(), r.getInspectionNotes(), r.getDisposition(), r.getInspectedBy(), r.creditNoteNumbers(),
        r.getRefundAmount(), r.getRefundReference(), r.getShipmentNumber(), r.getDifferenceDocument(),
        r.getRequestedBy(), r.getRequestedAt(), r.getClosedAt());
  }
}
