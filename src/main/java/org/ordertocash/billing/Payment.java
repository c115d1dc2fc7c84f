package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Money received from a customer, known by the bank's reference, and the invoices it settles.
 * What no invoice takes stays unallocated: a payment nobody could match, or a customer's credit
 * after an overpayment.
 */
@Entity
@Table(name = "payment")
class Payment {

  enum Status { ALLOCATED, PARTLY_ALLOCATED, UNMATCHED, REFUNDED, REVERSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String bankReference;
  private String payerCode;
  private BigDecimal amount;
  private String currency;
  private LocalDate valueDate;
  @Enumerated(EnumType.STRING)
  private PaymentMethod method;
  private BigDecimal unallocatedAmount;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String receivedBy;
  private Instant receivedAt;
  /** For a payment in a foreign currency: what the customer sent; amount and currency are what was credited. */
  private BigDecimal originalAmount;
  private String originalCurrency;
  @Version
  private int version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "payment_id", nullable = false)
  @OrderBy("id")
  private List<PaymentAllocation> allocations = new ArrayList<>();

  protected Payment() {}

  Payment(String bankReference, String payerCode, BigDecimal amount, String currency, LocalDate valueDate,
      PaymentMethod method, String receivedBy, Instant receivedAt) {
    this.bankReference = bankReference;
    this.payerCode = payerCode;
    this.amount = amount;
    this.currency = currency;
    this.valueDate = valueDate;
    this.method = method;
    this.unallocatedAmount = amount;
    this.status = Status.UNMATCHED;
    this.receivedBy = receivedBy;
    this.receivedAt = receivedAt;
  }

  /** Gives the invoice a share of what is still unallocated. */
  void allocate(String invoiceNumber, BigDecimal share, PaymentAllocation.MatchedBy matchedBy, String by, Instant at) {
    if (share.signum() <= 0 || share.compareTo(unallocatedAmount) > 0) {
      throw new IllegalArgumentException("Cannot allocate " + share + " of payment " + bankReference
          + ", unallocated " + unallocatedAmount);
    }
    allocations.add(new PaymentAllocation(invoiceNumber, share, matchedBy, by, at));
    unallocatedAmount = unallocatedAmount.subtract(share);
    status = unallocatedAmount.signum() == 0 ? Status.ALLOCATED : Status.PARTLY_ALLOCATED;
  }

  /** Whether a second notice with this reference says the same as this one. */
  /** Sent in a foreign currency: {@code sent} of {@code sentCurrency}, credited as this payment's amount. */
  void sentAs(BigDecimal sent, String sentCurrency) {
    this.originalAmount = sent;
    this.originalCurrency = sentCurrency;
  }

  /** Whether a notice with these details is this payment again (amount and currency as the customer sent them). */
  boolean sameAs(String payer, BigDecimal otherAmount, String otherCurrency, LocalDate otherValueDate) {
    BigDecimal sent = originalAmount != null ? originalAmount : amount;
    String sentCurrency = originalCurrency != null ? originalCurrency : currency;
    return payerCode.equals(payer) && sent.compareTo(otherAmount) == 0 && sentCurrency.equals(otherCurrency)
        && valueDate.equals(otherValueDate);
  }

  BigDecimal getOriginalAmount() { return originalAmount; }
  String getOriginalCurrency() { return originalCurrency; }

  String getBankReference() { return bankReference; }
  String getPayerCode() { return payerCode; }
  /** The money never came (a dishonoured bill): what it settled is open again, nothing is left of it. */
  void reverse() {
    status = Status.REVERSED;
    unallocatedAmount = BigDecimal.ZERO;
  }

  boolean isReversed() {
    return status == Status.REVERSED;
  }

  /** Pays back {@code share} of what no invoice took. */
  void refund(BigDecimal share) {
    if (share.signum() <= 0 || share.compareTo(unallocatedAmount) > 0) {
      throw new IllegalArgumentException("Cannot refund " + share + " of payment " + bankReference
          + ", unallocated " + unallocatedAmount);
    }
    unallocatedAmount = unallocatedAmount.subtract(share);
    if (unallocatedAmount.signum() == 0 && status == Status.UNMATCHED) {
      status = Status.REFUNDED;
    } else if (unallocatedAmount.signum() == 0) {
      status = Status.ALLOCATED;
    }
  }

  BigDecimal getAmount() { return amount; }
  String getCurrency() { return currency; }
  LocalDate getValueDate() { return valueDate; }
  PaymentMethod getMethod() { return method; }
  BigDecimal getUnallocatedAmount() { return unallocatedAmount; }
  Status getStatus() { return status; }
  String getReceivedBy() { return receivedBy; }
  List<PaymentAllocation> getAllocations() { return Collections.unmodifiableList(allocations); }
}
