package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.ordertocash.config.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What billing tells dunning about one invoice's receivable, and the one booking dunning may ask
 * for: the write-off of what is left open. When a payment or credit note settles a receivable,
 * billing correlates {@link #SETTLED} to the processes waiting for it (variable invoiceNumber).
 */
@Component
public class ReceivableLedger {

  /** The message a settled receivable sends, correlated by the process variable invoiceNumber. */
  public static final String SETTLED = "ReceivableSettled";

  private final InvoiceRepository invoices;
  private final ReceivableRepository receivables;
  private final WriteOffRepository writeOffs;
  private final OpenItems openItems;
  private final Clock clock;

  ReceivableLedger(InvoiceRepository invoices, ReceivableRepository receivables, WriteOffRepository writeOffs,
      OpenItems openItems, Clock clock) {
    this.invoices = invoices;
    this.receivables = receivables;
    this.writeOffs = writeOffs;
    this.openItems = openItems;
    this.clock = clock;
  }

  /**
   * One invoice's receivable as it stands today: for an invoice paid in installments, dueDate is the
   * earliest open installment's and overdueAmount what is open of the installments past their dates.
   */
  public record OpenItem(String invoiceNumber, String orderNumber, String customerCode, BigDecimal amount,
      BigDecimal openAmount, String currency, LocalDate dueDate, BigDecimal overdueAmount) {

    public boolean isOpen() {
      return openAmount.signum() > 0;
    }
  }

  @Transactional(readOnly = true)
  public OpenItem item(String invoiceNumber) {
    Invoice invoice = invoice(invoiceNumber);
    InvoiceBalance receivable = receivables.balanceOf(invoiceNumber);
    return new OpenItem(invoiceNumber, invoice.getOrderNumber(), invoice.getCustomerCode(), receivable.getAmount(),
        receivable.getOpenAmount(), receivable.getCurrency(), receivable.getDueDate(),
        receivable.overdueOn(LocalDate.now(clock)));
  }

  /** What the customer owes past its due dates on {@code today}. */
  @Transactional(readOnly = true)
  public BigDecimal overdue(String customerCode, LocalDate today) {
    return receivables.sumOverdue(customerCode, today);
  }

  /**
   * Books what is left open on the invoice as bad debt and marks the invoice WRITTEN_OFF; the
   * order's collection is told. Once per invoice: a retried step finds the booking made.
   */
  @Transactional
  public void writeOff(String invoiceNumber, String reason, String approvedBy, String confirmedBy) {
    if (approvedBy.equals(confirmedBy)) {
      throw new DomainException.Conflict("A write-off needs two different people; " + approvedBy + " did both");
    }
    Invoice invoice = invoice(invoiceNumber);
    InvoiceBalance receivable = openItems.lock(invoice);
    if (writeOffs.existsByInvoiceNumber(invoiceNumber) || receivable.isSettled()) {
      return;
    }
    BigDecimal open = receivable.getOpenAmount();
    receivable.settle(open);
    invoice.writtenOff();
    writeOffs.save(new WriteOff(invoiceNumber, open, receivable.getCurrency(), reason, approvedBy, confirmedBy,
        clock.instant()));
    openItems.openAmountReducedWithoutSettling(invoice);
  }

  private Invoice invoice(String number) {
    return invoices.findByNumber(number).orElseThrow(() -> new DomainException.NotFound("No invoice " + number));
  }
}
