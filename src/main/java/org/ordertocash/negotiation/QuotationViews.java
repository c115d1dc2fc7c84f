package org.ordertocash.negotiation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What the quotation API answers. */
public final class QuotationViews {

  private QuotationViews() {}

  public record QuotationView(String number, String orderNumber, String customerCode, String currency,
      int currentVersion, QuotationStatus status, boolean awaitingAnswer, LocalDate validUntil,
      List<VersionSummary> versions) {}

  public record VersionSummary(int version, QuotationStatus status, BigDecimal totalAmount,
      BigDecimal maxDiscountPercent, String paymentTerms, LocalDate validUntil, Long documentId) {}

  public record VersionView(int version, QuotationStatus status, String paymentTerms, LocalDate validUntil,
      BigDecimal totalAmount, BigDecimal maxDiscountPercent, String approvalRoute, Boolean financeApproval,
      String proposedBy, Instant proposedAt, String note, Long documentId, Instant sentAt, List<LineView> lines,
      List<ApprovalView> approvals, ResponseView response) {}

  public record LineView(int lineNo, String sku, int quantity, BigDecimal listPrice, BigDecimal unitPrice,
      BigDecimal discountPercent, BigDecimal amount) {}

  public record ApprovalView(String step, String decision, String approver, String comment, Instant decidedAt) {}

  public record ResponseView(String quotationNumber, int version, QuotationResponse.Decision decision,
      String reason, Map<Integer, BigDecimal> counterPrices, String recordedBy, Instant recordedAt) {}

  public record Change<T>(T from, T to, boolean changed) {
    static <T> Change<T> of(T from, T to) {
      boolean changed = from instanceof BigDecimal a && to instanceof BigDecimal b
          ? a.compareTo(b) != 0 : !Objects.equals(from, to);
      return new Change<>(from, to, changed);
    }
  }

  public record LineDiff(int lineNo, String sku, Change<Integer> quantity, Change<BigDecimal> unitPrice,
      Change<BigDecimal> discountPercent, Change<BigDecimal> amount) {}

  public record DiffView(String number, int from, int to, Change<String> paymentTerms, Change<LocalDate> validUntil,
      Change<BigDecimal> totalAmount, List<LineDiff> lines) {}

  static QuotationView quotation(Quotation q) {
    QuotationVersion latest = q.latest();
    return new QuotationView(q.getNumber(), q.getOrderNumber(), q.getCustomerCode(), q.getCurrency(),
        latest.getVersion(), latest.getStatus(), latest.getStatus() == QuotationStatus.SENT, latest.getValidUntil(),
        q.getVersions().stream().map(v -> new VersionSummary(v.getVersion(), v.getStatus(), v.getTotalAmount(),
            v.getMaxDiscountPercent(), v.getPaymentTerms().name(), v.getValidUntil(), v.getDocumentId())).toList());
  }

  static VersionView version(Quotation q, QuotationVersion v, QuotationResponse response) {
    return new VersionView(v.getVersion(), v.getStatus(), v.getPaymentTerms().name(), v.getValidUntil(),
        v.getTotalAmount(), v.getMaxDiscountPercent(), v.getApprovalRoute(), v.getFinanceApproval(), v.getProposedBy(),
        v.getProposedAt(), v.getNote(), v.getDocumentId(), v.getSentAt(),
        v.getLines().stream().map(l -> new LineView(l.getLineNo(), l.getSku(), l.getQuantity(), l.getListPrice(),
            l.getUnitPrice(), l.getDiscountPercent(), l.amount())).toList(),
        v.getApprovals().stream().map(a -> new ApprovalView(a.getStep(), a.getDecision(), a.getApprover(),
            a.getComment(), a.getDecidedAt())).toList(),
        response == null ? null : response(q, response));
  }

  static ResponseView response(Quotation q, QuotationResponse r) {
    return new ResponseView(q.getNumber(), r.getVersion(), r.getDecision(), r.getReason(), r.counterPrices(),
        r.getRecordedBy(), r.getRecordedAt());
  }

  static DiffView diff(Quotation q, QuotationVersion from, QuotationVersion to) {
    TreeSet<Integer> lineNos = new TreeSet<>();
    from.getLines().forEach(l -> lineNos.add(l.getLineNo()));
    to.getLines().forEach(l -> lineNos.add(l.getLineNo()));
    List<LineDiff> lines = new ArrayList<>();
    for (int lineNo : lineNos) {
      QuotationLine a = line(from, lineNo);
      QuotationLine b = line(to, lineNo);
      lines.add(new LineDiff(lineNo, b != null ? b.getSku() : a.getSku(),
          Change.of(a == null ? null : a.getQuantity(), b == null ? null : b.getQuantity()),
          Change.of(a == null ? null : a.getUnitPrice(), b == null ? null : b.getUnitPrice()),
          Change.of(a == null ? null : a.getDiscountPercent(), b == null ? null : b.getDiscountPercent()),
          Change.of(a == null ? null : a.amount(), b == null ? null : b.amount())));
    }
    return new DiffView(q.getNumber(), from.getVersion(), to.getVersion(),
        Change.of(from.getPaymentTerms().name(), to.getPaymentTerms().name()),
        Change.of(from.getValidUntil(), to.getValidUntil()),
        Change.of(from.getTotalAmount(), to.getTotalAmount()), lines);
  }

  private static QuotationLine line(QuotationVersion v, int lineNo) {
    return v.getLines().stream().filter(l -> l.getLineNo() == lineNo).findFirst().orElse(null);
  }
}
