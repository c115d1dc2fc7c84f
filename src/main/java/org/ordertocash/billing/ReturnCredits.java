package org.ordertocash.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.ordertocash.config.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The billing module's API for returns and complaints: credit notes for returned goods, for a
 * cheaper exchange and for a price reduction, the part of them the customer had paid already (to
 * refund), and the refund itself. Every step names its return or complaint, so a repeated step
 * issues nothing twice.
 */
@Service
public class ReturnCredits {

  private final CreditNotes creditNotes;
  private final InvoiceRepository invoices;
  private final ReceivableRepository receivables;
  private final CustomerCredit customerCredit;

  ReturnCredits(CreditNotes creditNotes, InvoiceRepository invoices, ReceivableRepository receivables,
      CustomerCredit customerCredit) {
    this.creditNotes = creditNotes;
    this.invoices = invoices;
    this.receivables = receivables;
    this.customerCredit = customerCredit;
  }

  /** The credit notes a return caused and how much of them the customer had paid (the refund due). */
  public record Credited(List<String> creditNotes, BigDecimal refundDue) {}

  /**
   * Credits returned quantities (order line number to quantity) at the invoiced prices, taking them
   * from the order's invoices in the order they were issued.
   */
  @Transactional
  public Credited creditReturn(String orderNumber, String returnNumber, SortedMap<Integer, Integer> returned,
      String actor) {
    Map<Integer, Integer> left = new HashMap<>(returned);
    List<String> notes = new ArrayList<>();
    for (Invoice invoice : invoices.findByOrderNumberAndKindOrderById(orderNumber, Invoice.Kind.INVOICE)) {
      if (invoice.getStatus() == InvoiceStatus.CANCELLED) {
        continue;
      }
      String key = requestKey(returnNumber);
      var earlier = invoices.findByCorrectsInvoiceAndRequestKey(invoice.getNumber(), key);
      List<CreditNotes.CreditLine> lines = new ArrayList<>();
      Map<Integer, Integer> credited = earlier.isPresent() ? quantities(earlier.get()) : creditable(invoice);
      for (Map.Entry<Integer, Integer> line : credited.entrySet()) {
        int quantity = Math.min(left.getOrDefault(line.getKey(), 0), line.getValue());
        if (quantity > 0) {
          lines.add(new CreditNotes.CreditLine(line.getKey(), quantity, null));
          left.merge(line.getKey(), -quantity, Integer::sum);
        }
      }
      if (!lines.isEmpty()) {
        notes.add(creditNotes.issue(invoice.getNumber(), key, "Goods returned under " + returnNumber, lines, actor)
            .creditNote().number());
      }
    }
    if (left.values().stream().anyMatch(quantity -> quantity > 0)) {
      throw new DomainException.Conflict("Order " + orderNumber + " has no invoiced quantities left to credit for "
          + returnNumber);
    }
    return new Credited(notes, refundDue(notes));
  }

  /** Credits what a cheaper exchanged product costs less, per unit, on the invoice of the returned line. */
  @Transactional
  public Credited creditExchangeDifference(String orderNumber, String returnNumber, int lineNo, int quantity,
      BigDecimal unitDifference, String actor) {
    Invoice invoice = invoices.findByOrderNumberAndKindOrderById(orderNumber, Invoice.Kind.INVOICE).stream()
        .filter(i -> i.getStatus() != InvoiceStatus.CANCELLED)
        .filter(i -> i.getLines().stream().anyMatch(l -> l.getLineNo() == lineNo))
        .findFirst()
        .orElseThrow(() -> new DomainException.Conflict("Order " + orderNumber + " has no invoice of line " + lineNo));
    String note = creditNotes.issue(invoice.getNumber(), requestKey(returnNumber) + "-difference",
        "Exchanged under " + returnNumber + " for a cheaper product",
        List.of(new CreditNotes.CreditLine(lineNo, quantity, unitDifference)), actor).creditNote().number();
    return new Credited(List.of(note), refundDue(List.of(note)));
  }

  /**
   * Credits a price reduction per unit for units of order lines (a complaint's goodwill), on the
   * invoice of each line; {@code requestKey} makes a repeated step issue nothing more.
   */
  @Transactional
  public Credited creditPriceReduction(String orderNumber, String requestKey, SortedMap<Integer, Integer> units,
      BigDecimal perUnit, String reason, String actor) {
    List<String> notes = new ArrayList<>();
    for (Invoice invoice : invoices.findByOrderNumberAndKindOrderById(orderNumber, Invoice.Kind.INVOICE)) {
      if (invoice.getStatus() == InvoiceStatus.CANCELLED) {
        continue;
      }
      List<CreditNotes.CreditLine> lines = invoice.getLines().stream().filter(l -> units.containsKey(l.getLineNo()))
          .map(l -> new CreditNotes.CreditLine(l.getLineNo(), Math.min(units.get(l.getLineNo()), l.getQuantity()), perUnit))
          .toList();
      if (!lines.isEmpty()) {
        notes.add(creditNotes.issue(invoice.getNumber(), requestKey, reason, lines, actor).creditNote().number());
      }
    }
    if (notes.isEmpty()) {
      throw new DomainException.Conflict("Order " + orderNumber + " has no invoice of lines " + units.keySet());
    }
    return new Credited(notes, refundDue(notes));
  }

  /**
   * Pays back the credit of a return's credit notes, as far as they still hold credit, under our
   * transfer's bank reference (the second note's refund gets "-2" appended, and so on).
   */
  @Transactional
  public BigDecimal refund(String customerCode, List<String> creditNotes, BigDecimal amount, String bankReference,
      String actor) {
    BigDecimal left = amount;
    int n = 0;
    for (String note : creditNotes) {
      BigDecimal credit = refundDue(List.of(note));
      BigDecimal part = left.min(credit);
      if (part.signum() > 0) {
        n++;
        customerCredit.refund(customerCode, note, part, n == 1 ? bankReference : bankReference + "-" + n, null, actor);
        left = left.subtract(part);
      }
    }
    return amount.subtract(left);
  }

  private BigDecimal refundDue(List<String> notes) {
    BigDecimal due = BigDecimal.ZERO.setScale(2);
    for (String note : notes) {
      for (Receivable credit : receivables.findByInvoiceNumberOrderByInstallmentNo(note)) {
        due = due.add(credit.getOpenAmount().negate().max(BigDecimal.ZERO));
      }
    }
    return due;
  }

  private Map<Integer, Integer> creditable(Invoice invoice) {
    Map<Integer, Integer> quantities = new HashMap<>();
    invoice.getLines().forEach(line -> quantities.merge(line.getLineNo(), line.getQuantity(), Integer::sum));
    for (Invoice note : invoices.findByCorrectsInvoice(invoice.getNumber())) {
      note.getLines().forEach(line -> quantities.merge(line.getLineNo(), -line.getQuantity(), Integer::sum));
    }
    return quantities;
  }

  private static Map<Integer, Integer> quantities(Invoice note) {
    Map<Integer, Integer> quantities = new HashMap<>();
    note.getLines().forEach(line -> quantities.merge(line.getLineNo(), line.getQuantity(), Integer::sum));
    return quantities;
  }

  private static String requestKey(String returnNumber) {
    return "return-" + returnNumber;
  }
}
