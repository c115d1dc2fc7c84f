package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ordertocash.config.DomainException;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer statements: invoices, credit notes and payments on the customer's account over a period. */
@Service
public class Statements {

  /** On one day: what was billed, then what corrected it, then what was paid. */
  private static final List<String> KIND_ORDER = List.of("INVOICE", "CREDIT_NOTE", "PAYMENT");

  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final CustomerDirectory customers;

  Statements(InvoiceRepository invoices, PaymentRepository payments, CustomerDirectory customers) {
    this.invoices = invoices;
    this.payments = payments;
    this.customers = customers;
  }

  @Transactional(readOnly = true)
  public Statement of(String customerCode, LocalDate from, LocalDate to) {
    CustomerView customer = customers.find(customerCode)
        .orElseThrow(() -> new DomainException.NotFound("No customer " + customerCode));
    if (to.isBefore(from)) {
      throw new DomainException.InvalidInput("to", "The period ends (" + to + ") before it starts (" + from + ")");
    }
    List<Statement.Entry> all = new ArrayList<>();
    for (Invoice invoice : invoices.findByCustomerCodeAndKind(customerCode, Invoice.Kind.INVOICE)) {
      all.add(new Statement.Entry(invoice.getIssueDate(), "INVOICE", invoice.getNumber(),
          invoice.getOrderNumber() + ", due " + invoice.getDueDate(), invoice.getGrossAmount(), zero(), null));
    }
    for (Invoice note : invoices.findByCustomerCodeAndKind(customerCode, Invoice.Kind.CREDIT_NOTE)) {
      all.add(new Statement.Entry(note.getIssueDate(), "CREDIT_NOTE", note.getNumber(),
          "Corrects " + note.getCorrectsInvoice(), zero(), note.getGrossAmount(), null));
    }
    for (Payment payment : payments.findByPayerCode(customerCode)) {
      all.add(new Statement.Entry(payment.getValueDate(), "PAYMENT", payment.getBankReference(),
          payment.getMethod().label(), zero(), payment.getAmount(), null));
    }
    all.sort(Comparator.comparing(Statement.Entry::date).thenComparing(entry -> KIND_ORDER.indexOf(entry.kind()))
        .thenComparing(Statement.Entry::reference));
    BigDecimal balance = zero();
    List<Statement.Entry> inPeriod = new ArrayList<>();
    BigDecimal opening = null;
    for (Statement.Entry entry : all) {
      if (entry.date().isAfter(to)) {
        break;
      }
      if (!entry.date().isBefore(from) && opening == null) {
        opening = balance;
      }
      balance = balance.add(entry.debit()).subtract(entry.credit());
      if (!entry.date().isBefore(from)) {
        inPeriod.add(new Statement.Entry(entry.date(), entry.kind(), entry.reference(), entry.detail(), entry.debit(),
            entry.credit(), balance));
      }
    }
    return new Statement(customerCode, customer.getName(), customer.getCurrency(), from, to,
        opening == null ? balance : opening, inPeriod, balance);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
