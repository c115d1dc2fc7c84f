package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An open item on a customer's account: what an invoice still asks for, or one installment of it
 * (an invoice on terms INSTALLMENTS has one receivable per portion; any other has installment 1).
 */
@Entity
public class Receivable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String invoiceNumber;
  private int installmentNo;
  private String customerCode;
  private BigDecimal amount;
  private BigDecimal openAmount;
  private String currency;
  private LocalDate dueDate;

  protected Receivable() {}

  public Receivable(String invoiceNumber, String customerCode, BigDecimal amount,
      BigDecimal openAmount, String currency, LocalDate dueDate) {
    this(invoiceNumber, 1, customerCode, amount, openAmount, currency, dueDate);
  }

  public Receivable(String invoiceNumber, int installmentNo, String customerCode, BigDecimal amount,
      BigDecimal openAmount, String currency, LocalDate dueDate) {
    this.invoiceNumber = invoiceNumber;
    this.installmentNo = installmentNo;
    this.customerCode = customerCode;
    this.amount = amount;
    this.openAmount = openAmount;
    this.currency = currency;
    this.dueDate = dueDate;
  }

  /** Takes a payment's share off the open amount; never below zero. */
  void settle(BigDecimal share) {
    if (share.signum() <= 0 || share.compareTo(openAmount) > 0) {
      throw new IllegalArgumentException("Cannot settle " + share + " of " + invoiceNumber + ", open " + openAmount);
    }
    openAmount = openAmount.subtract(share);
  }

  /** Uses {@code amount} of a credit (a receivable below zero); never beyond the credit. */
  void useCredit(BigDecimal amount) {
    if (amount.signum() <= 0 || amount.compareTo(openAmount.negate()) > 0) {
      throw new IllegalArgumentException("Cannot use " + amount + " of credit " + invoiceNumber + ", credit "
          + openAmount.negate());
    }
    openAmount = openAmount.add(amount);
  }

  /** Puts back what a reversed payment had taken off. */
  void reopen(BigDecimal share) {
    if (share.signum() <= 0 || openAmount.add(share).compareTo(amount) > 0) {
      throw new IllegalArgumentException("Cannot re-open " + share + " of " + invoiceNumber + ", open " + openAmount);
    }
    openAmount = openAmount.add(share);
  }

  boolean isSettled() {
    return openAmount.signum() == 0;
  }

  public String getInvoiceNumber() { return invoiceNumber; }
  public int getInstallmentNo() { return installmentNo; }
  public String getCustomerCode() { return customerCode; }
  public BigDecimal getAmount() { return amount; }
  public BigDecimal getOpenAmount() { return openAmount; }
  public String getCurrency() { return currency; }
  public LocalDate getDueDate() { return dueDate; }
}
