package org.ordertocash.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A complaint as the API shows it, with whether each deadline was kept. */
public record ComplaintView(String number, String customerCode, String orderNumber, ComplaintChannel channel,
    ComplaintCategory category, String description, List<Line> lines, ComplaintStatus status, String customerClass,
    Instant firstResponseDue, Instant resolutionDue, String firstResponse, String firstRespondedBy,
    Instant firstRespondedAt, Boolean firstResponseInTime, Instant escalatedAt, RootCause rootCause,
    String actionTaken, String resolution, Remedy remedy, BigDecimal creditPerUnit, String creditApprovedBy,
    String remedyReference, String resolvedBy, Instant resolvedAt, Boolean resolvedInTime, String receivedBy,
    Instant receivedAt) {

  public record Line(int lineNo, int quantity) {}

  static ComplaintView of(Complaint c) {
    return new ComplaintView(c.getNumber(), c.getCustomerCode(), c.getOrderNumber(), c.getChannel(), c.getCategory(),
        c.getDescription(), c.getLines().stream().map(l -> new Line(l.getOrderLineNo(), l.getQuantity())).toList(),
        c.getStatus(), c.getCustomerClass(), c.getFirstResponseDue(), c.getResolutionDue(), c.getFirstResponse(),
        c.getFirstRespondedBy(), c.getFirstRespondedAt(), c.firstResponseInTime(), c.getEscalatedAt(),
        c.getRootCause(), c.getActionTaken(), c.getResolution(), c.getRemedy(), c.getCreditPerUnit(),
        c.getCreditApprovedBy(), c.getRemedyReference(), c.getResolvedBy(), c.getResolvedAt(), c.resolvedInTime(),
        c.getReceivedBy(), c.getReceivedAt());
  }
}
