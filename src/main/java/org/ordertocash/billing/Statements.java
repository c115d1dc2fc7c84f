package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.DomainException;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer statements: invoices, credit notes, payments and refunds on the customer's account over a period. */
@Service
public class Statements {

  /** On one day: what was billed, then what corrected it, then what was paid. */
  private static final List<String> KIND_ORDER = List.of("INVOICE", "CREDIT_NOTE", "PAYMENT", "REFUND");

  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final CreditRefundRepository refunds;
  private final CustomerDirectory customers;
  private final OrderToCashProperties properties;

  Statements(InvoiceRepository invoices, PaymentRepository payments, CreditRefundRepository refunds,
      CustomerDirectory customers, OrderToCashProperties properties) {
    this.properties = properties;
    this.invoices = invoices;
    this.payments = payments;
    this.refunds = refunds;
    this.customers = customers;
  }

  @Transactional(readOnly = true)
  public Statement of(String customerCode, LocalDate from, LocalDate to) {
    CustomerView customer = customers.find(customerCode)
        .orElseThrow(() -> new DomainException.NotFound("No customer " + customerCode));
    if (to.isBefore(from)) {
      throw new DomainException.InvalidInput("to", "The period ends (" + to + ") before it starts (" + from + ")");
    }
    Labels labels = properties.labels(customer.getLanguage());
    List<Statement.Entry> all = new ArrayList<>();
    for (Invoice invoice : invoices.findByCustomerCode(customerCode)) {
      all.add(invoice.getKind() == Invoice.Kind.INVOICE
          ? new Statement.Entry(invoice.getIssueDate(), "INVOICE", invoice.getNumber(),
              labels.text("statement.invoiceDetail", invoice.getOrderNumber(), labels.date(invoice.getDueDate())),
              invoice.getGrossAmount(), zero(), null)
          : new Statement.Entry(invoice.getIssueDate(), "CREDIT_NOTE", invoice.getNumber(),
              labels.text("statement.creditNoteDetail", invoice.getCorrectsInvoice()), zero(), invoice.getGrossAmount(),
              null));
    }
    for (Payment payment : payments.findByPayerCode(customerCode)) {
      all.add(new Statement.Entry(payment.getValueDate(), "PAYMENT", payment.getBankReference(),
          labels.code(payment.getMethod()), zero(), payment.getAmount(), null));
    }
    for (CreditRefund refund : refunds.findByCustomerCode(customerCode)) {
      all.add(new Statement.Entry(refund.getValueDate(), "REFUND", refund.getBankReference(),
          labels.text("statement.refundDetail", refund.getSource()), refund.getAmount(), zero(), null));
    }
    all.sort(Comparator.comparing(Statement.Entry::date).thenComparing(entry -> KIND_ORDER.indexOf(entry.kind()))
        .thenComparing(Statement.Entry::reference));
    BigDecimal opening = all.stream().filter(entry -> entry.date().isBefore(from))
        .map(Statements::change).reduce(zero(), BigDecimal::add);
    BigDecimal balance = opening;
    List<Statement.Entry> inPeriod = new ArrayList<>();
    for (Statement.Entry entry : all) {
      if (!entry.date().isBefore(from) && !entry.date().isAfter(to)) {
        balance = balance.add(change(entry));
        inPeriod.add(new Statement.Entry(entry.date(), entry.kind(), entry.reference(), entry.detail(), entry.debit(),
            entry.credit(), balance));
      }
    }
    return new Statement(customerCode, customer.getName(), customer.getCurrency(), from, to, opening, inPeriod,
        balance);
  }

  private static BigDecimal change(Statement.Entry entry) {
    return entry.debit().subtract(entry.credit());
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
