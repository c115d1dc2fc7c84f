package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.config.DomainException;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.identity.AsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's credit: what credit notes credited beyond what was open, and what payments left
 * unallocated. Finance sets a credit note's credit against another open invoice of the customer
 * (a payment's is allocated through the payment), or pays credit back to the customer.
 */
@Service
public class CustomerCredit {

  private final ReceivableRepository receivables;
  private final PaymentRepository payments;
  private final InvoiceRepository invoices;
  private final CreditApplicationRepository applications;
  private final CreditRefundRepository refunds;
  private final OpenItems openItems;
  private final CustomerDirectory customers;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final Clock clock;

  @SuppressWarnings("java:S107") // the ledgers credit touches; grouping them would only hide that
  CustomerCredit(ReceivableRepository receivables, PaymentRepository payments, InvoiceRepository invoices,
      CreditApplicationRepository applications, CreditRefundRepository refunds, OpenItems openItems,
      CustomerDirectory customers, RuntimeService runtime, AsSystem asSystem, Clock clock) {
    this.receivables = receivables;
    this.payments = payments;
    this.invoices = invoices;
    this.applications = applications;
    this.refunds = refunds;
    this.openItems = openItems;
    this.customers = customers;
    this.runtime = runtime;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  /** One source of credit: a credit note or a payment, and how much of it is left. */
  public record Item(String kind, String reference, BigDecimal amount) {}

  public record Credit(String customer, String currency, List<Item> items, BigDecimal total) {}

  public record Applied(String creditNote, String invoice, BigDecimal amount, String appliedBy, boolean created) {}

  public record Refunded(String source, BigDecimal amount, String currency, String bankReference, LocalDate valueDate,
      String refundedBy, boolean created) {}

  @Transactional(readOnly = true)
  public Credit of(String customerCode) {
    String currency = customers.find(customerCode)
        .orElseThrow(() -> new DomainException.NotFound("No customer " + customerCode)).getCurrency();
    List<Item> items = new ArrayList<>();
    receivables.findByCustomerCodeAndOpenAmountLessThanOrderByDueDate(customerCode, BigDecimal.ZERO)
        .forEach(r -> items.add(new Item("CREDIT_NOTE", r.getInvoiceNumber(), r.getOpenAmount().negate())));
    payments.findByPayerCode(customerCode).stream().filter(p -> p.getUnallocatedAmount().signum() > 0)
        .forEach(p -> items.add(new Item("PAYMENT", p.getBankReference(), p.getUnallocatedAmount())));
    return new Credit(customerCode, currency, items,
        items.stream().map(Item::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
  }

  /**
   * Sets {@code amount} of a credit note's credit against another open invoice of the customer.
   * The request key makes a repeated request answer the application made.
   */
  @Transactional
  public Applied apply(String customerCode, String creditNote, String invoiceNumber, BigDecimal amount,
      String requestKey, String actor) {
    if (requestKey == null || requestKey.isBlank() || requestKey.length() > 100) {
      throw new DomainException.InvalidInput("Idempotency-Key",
          "Send an Idempotency-Key header (at most 100 characters) so that a repeated request applies once");
    }
    Optional<CreditApplication> earlier = applications.findByCustomerCodeAndRequestKey(customerCode, requestKey);
    if (earlier.isPresent()) {
      return applied(earlier.get(), false);
    }
    AmountCheck.require("amount", amount);
    Invoice note = ownInvoice(customerCode, creditNote, "creditNote");
    Invoice invoice = ownInvoice(customerCode, invoiceNumber, "invoice");
    if (note.getKind() != Invoice.Kind.CREDIT_NOTE || invoice.getKind() != Invoice.Kind.INVOICE) {
      throw new DomainException.InvalidInput("creditNote", "Credit of a credit note is set against an invoice");
    }
    // always the lower number first: two applications between the same pair never wait for each other
    Receivable credit;
    InvoiceBalance open;
    if (creditNote.compareTo(invoiceNumber) < 0) {
      credit = creditOf(note);
      open = openItems.lock(invoice);
    } else {
      open = openItems.lock(invoice);
      credit = creditOf(note);
    }
    if (amount.compareTo(credit.getOpenAmount().negate()) > 0) {
      throw new DomainException.InvalidInput("amount", "Credit note " + creditNote + " has only "
          + credit.getOpenAmount().negate().max(BigDecimal.ZERO) + " of credit left");
    }
    if (amount.compareTo(open.getOpenAmount()) > 0) {
      throw new DomainException.InvalidInput("amount", "Invoice " + invoiceNumber + " has only "
          + open.getOpenAmount() + " open");
    }
    credit.useCredit(amount);
    openItems.takeOff(invoice, amount);
    return applied(applications.save(new CreditApplication(customerCode, creditNote, invoiceNumber, amount,
        requestKey, actor, clock.instant())), true);
  }

  /**
   * Records credit paid back to the customer from a credit note or a payment. Our transfer's bank
   * reference books once: the same again answers the refund made, with other details 409.
   */
  @Transactional
  public Refunded refund(String customerCode, String source, BigDecimal amount, String bankReference,
      LocalDate valueDate, String actor) {
    if (bankReference == null || bankReference.isBlank() || bankReference.length() > 100) {
      throw new DomainException.InvalidInput("bankReference", "Name the bank reference of the transfer to the customer");
    }
    AmountCheck.require("amount", amount);
    Optional<CreditRefund> earlier = refunds.findByBankReference(bankReference);
    if (earlier.isPresent()) {
      if (!earlier.get().sameAs(customerCode, source, amount)) {
        throw new DomainException.Conflict("Bank reference " + bankReference + " was booked for another refund");
      }
      return refunded(earlier.get(), false);
    }
    String currency = customers.find(customerCode)
        .orElseThrow(() -> new DomainException.NotFound("No customer " + customerCode)).getCurrency();
    takeFrom(customerCode, source, amount);
    return refunded(refunds.saveAndFlush(new CreditRefund(customerCode, source, amount, currency, bankReference,
        valueDate == null ? LocalDate.now(clock) : valueDate, actor, clock.instant())), true);
  }

  private void takeFrom(String customerCode, String source, BigDecimal amount) {
    Optional<Payment> payment = source == null ? Optional.empty() : payments.findByBankReference(source);
    if (payment.isPresent() && payment.get().getPayerCode().equals(customerCode)) {
      if (allocationOpen(source)) {
        throw new DomainException.Conflict("Payment " + source + " waits for finance's allocation; allocate or keep it first");
      }
      if (amount.compareTo(payment.get().getUnallocatedAmount()) > 0) {
        throw new DomainException.InvalidInput("amount", "Payment " + source + " has only "
            + payment.get().getUnallocatedAmount() + " unallocated");
      }
      payment.get().refund(amount);
      return;
    }
    Invoice note = ownInvoice(customerCode, source, "source");
    Receivable credit = creditOf(note);
    if (amount.compareTo(credit.getOpenAmount().negate()) > 0) {
      throw new DomainException.InvalidInput("amount", "Credit note " + source + " has only "
          + credit.getOpenAmount().negate().max(BigDecimal.ZERO) + " of credit left");
    }
    credit.useCredit(amount);
  }

  private boolean allocationOpen(String bankReference) {
    return asSystem.call(() -> runtime.createProcessInstanceQuery().processDefinitionKey(PaymentAllocationProcess.KEY)
        .processInstanceBusinessKey(bankReference).count() > 0);
  }

  private Invoice ownInvoice(String customerCode, String number, String field) {
    Invoice invoice = number == null ? null : invoices.findByNumber(number).orElse(null);
    if (invoice == null || !invoice.getCustomerCode().equals(customerCode)) {
      throw new DomainException.InvalidInput(field, customerCode + " has no invoice, credit note or payment " + number);
    }
    return invoice;
  }

  private Receivable creditOf(Invoice note) {
    return receivables.lockByInvoiceNumber(note.getNumber()).stream()
        .filter(r -> r.getOpenAmount().signum() < 0).findFirst()
        .orElseThrow(() -> new DomainException.InvalidInput("creditNote", "Credit note " + note.getNumber()
            + " left no credit: it was all set against its invoice"));
  }

  private static Applied applied(CreditApplication a, boolean created) {
    return new Applied(a.getCreditNote(), a.getInvoiceNumber(), a.getAmount(), a.getAppliedBy(), created);
  }

  private static Refunded refunded(CreditRefund r, boolean created) {
    return new Refunded(r.getSource(), r.getAmount(), r.getCurrency(), r.getBankReference(), r.getValueDate(),
        r.getRefundedBy(), created);
  }
}
