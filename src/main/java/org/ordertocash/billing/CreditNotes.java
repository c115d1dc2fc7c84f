package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ordertocash.config.ApiError;
import org.ordertocash.config.BusinessNumbers;
import org.ordertocash.config.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes correct an invoice: returned quantities at the invoice's price, or a lower price
 * for quantities kept, each line with the invoice's VAT rate. A credit note first takes what is
 * open on the invoice; what it credits beyond that is the customer's credit (a receivable below
 * zero). The caller's request key makes a repeated request answer the credit note it made. The
 * credit note goes to the customer as a PDF through the outbox, like the invoice.
 */
@Service
public class CreditNotes {

  static final String NUMBER_PREFIX = "CN";
  static final String NUMBER_SEQUENCE = "credit_note_number_seq";
  /** The request key of the credit note that reverses a cancelled order's invoice. */
  static final String CANCELLED_ORDER_KEY = "order-cancelled";

  private final InvoiceRepository invoices;
  private final ReceivableRepository receivables;
  private final BusinessNumbers numbers;
  private final OpenItems openItems;
  private final InvoiceMail mail;
  private final Clock clock;

  CreditNotes(InvoiceRepository invoices, ReceivableRepository receivables, BusinessNumbers numbers,
      OpenItems openItems, InvoiceMail mail, Clock clock) {
    this.invoices = invoices;
    this.receivables = receivables;
    this.numbers = numbers;
    this.openItems = openItems;
    this.mail = mail;
    this.clock = clock;
  }

  /** One line to credit: how many of the invoice line's units, at which price (default: the invoice's). */
  public record CreditLine(Integer lineNo, Integer quantity, BigDecimal unitPrice) {}

  public record Issued(InvoiceView creditNote, boolean created) {}

  @Transactional
  public Issued issue(String invoiceNumber, String requestKey, String reason, List<CreditLine> lines, String actor) {
    Invoice invoice = invoices.findByNumber(invoiceNumber)
        .orElseThrow(() -> new DomainException.NotFound("No invoice " + invoiceNumber));
    if (requestKey == null || requestKey.isBlank() || requestKey.length() > 100) {
      throw new DomainException.InvalidInput("Idempotency-Key",
          "Send an Idempotency-Key header (at most 100 characters) so that a repeated request credits once");
    }
    Optional<Invoice> earlier = invoices.findByCorrectsInvoiceAndRequestKey(invoiceNumber, requestKey);
    if (earlier.isPresent()) {
      return new Issued(view(earlier.get()), false);
    }
    List<InvoiceLine> credited = check(invoice, reason, lines);
    Invoice note = invoices.saveAndFlush(Invoice.creditNote(numbers.next(NUMBER_PREFIX, NUMBER_SEQUENCE), invoice,
        requestKey, reason.trim(), credited, LocalDate.now(clock), actor, clock.instant()));
    apply(invoice, note);
    mail.send(note, actor);
    return new Issued(view(note), true);
  }

  /**
   * Credits what is left uncredited on each of a cancelled order's invoices (a prepayment invoice:
   * nothing shipped), so that nothing stays open and what was paid becomes the customer's credit.
   * Repeatable: a retried step finds its credit notes by their request key.
   */
  @Transactional
  public List<String> creditCancelledOrder(String orderNumber, String actor) {
    List<String> notes = new ArrayList<>();
    for (Invoice invoice : invoices.findByOrderNumberAndKindOrderById(orderNumber, Invoice.Kind.INVOICE)) {
      Map<Integer, Integer> creditedBefore = creditedQuantities(invoice.getNumber());
      List<CreditLine> left = invoice.getLines().stream()
          .filter(line -> line.getQuantity() > creditedBefore.getOrDefault(line.getLineNo(), 0))
          .map(line -> new CreditLine(line.getLineNo(),
              line.getQuantity() - creditedBefore.getOrDefault(line.getLineNo(), 0), null))
          .toList();
      if (!left.isEmpty() && invoice.getStatus() != InvoiceStatus.CANCELLED) {
        notes.add(issue(invoice.getNumber(), CANCELLED_ORDER_KEY, "Order " + orderNumber + " was cancelled", left,
            actor).creditNote().number());
      }
    }
    return notes;
  }

  /** Takes the credit off what is open on the invoice; the rest becomes the customer's credit. */
  private void apply(Invoice invoice, Invoice note) {
    BigDecimal credit = note.getGrossAmount().subtract(openItems.takeOff(invoice, note.getGrossAmount()));
    if (credit.signum() > 0) {
      receivables.save(new Receivable(note.getNumber(), note.getCustomerCode(), credit.negate(), credit.negate(),
          note.getCurrency(), note.getIssueDate()));
    }
  }

  private List<InvoiceLine> check(Invoice invoice, String reason, List<CreditLine> lines) {
    if (invoice.getKind() != Invoice.Kind.INVOICE || invoice.getStatus() == InvoiceStatus.CANCELLED) {
      throw new DomainException.Conflict("Only an issued invoice can be credited; " + invoice.getNumber() + " is "
          + (invoice.getKind() == Invoice.Kind.INVOICE ? "cancelled" : "a credit note"));
    }
    List<ApiError.FieldError> errors = new ArrayList<>();
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      errors.add(new ApiError.FieldError("reason", "Say why the invoice is credited (at most 500 characters)"));
    }
    if (lines == null || lines.isEmpty()) {
      errors.add(new ApiError.FieldError("lines", "Name at least one line of the invoice to credit"));
    }
    Map<Integer, Integer> creditedBefore = creditedQuantities(invoice.getNumber());
    List<InvoiceLine> credited = new ArrayList<>();
    for (CreditLine line : lines == null ? List.<CreditLine>of() : lines) {
      Optional<InvoiceLine> billed = invoice.getLines().stream()
          .filter(l -> line.lineNo() != null && l.getLineNo() == line.lineNo()).findFirst();
      if (billed.isEmpty()) {
        errors.add(new ApiError.FieldError("lines", "Invoice " + invoice.getNumber() + " has no line " + line.lineNo()));
        continue;
      }
      InvoiceLine original = billed.get();
      int left = original.getQuantity() - creditedBefore.getOrDefault(original.getLineNo(), 0);
      BigDecimal price = line.unitPrice() == null ? original.getUnitPrice() : line.unitPrice();
      if (line.quantity() == null || line.quantity() < 1 || line.quantity() > left) {
        errors.add(new ApiError.FieldError("lines", "Line " + original.getLineNo() + " can be credited for 1 to "
            + left + " units, not " + line.quantity()));
      } else if (price.signum() <= 0 || price.compareTo(original.getUnitPrice()) > 0
          || price.stripTrailingZeros().scale() > 2) {
        errors.add(new ApiError.FieldError("lines", "Line " + original.getLineNo() + " is credited at a price above"
            + " zero, with at most two decimals and not above its invoiced " + original.getUnitPrice()));
      } else {
        credited.add(new InvoiceLine(original.getLineNo(), original.getSku(), original.getDescription(), line.quantity(),
            price, original.getVatRate(),
            LineAmounts.of(line.quantity(), price, original.getVatRate(), invoice.isPricesIncludeTax())));
      }
    }
    if (!errors.isEmpty()) {
      throw new DomainException.InvalidInput(errors.get(0).message(), errors);
    }
    return credited;
  }

  private Map<Integer, Integer> creditedQuantities(String invoiceNumber) {
    Map<Integer, Integer> quantities = new HashMap<>();
    for (Invoice note : invoices.findByCorrectsInvoice(invoiceNumber)) {
      note.getLines().forEach(line -> quantities.merge(line.getLineNo(), line.getQuantity(), Integer::sum));
    }
    return quantities;
  }

  private InvoiceView view(Invoice note) {
    return InvoiceView.of(note, BigDecimal.ZERO.setScale(2));
  }
}
