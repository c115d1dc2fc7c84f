package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.Version;

/**
 * A bank acceptance bill a customer paid invoices with. Held, it is the bank's promise only; the
 * invoices count as paid once it is endorsed on, discounted or paid at maturity. A dishonoured
 * bill re-opens them.
 */
@Entity
class Bill {

  enum Status {
    HELD, ENDORSED, DISCOUNTED, PRESENTED, PAID, DISHONOURED;

    /** Whether the invoices count as paid in this state. */
    boolean settles() {
      return this == ENDORSED || this == DISCOUNTED || this == PAID;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String number;
  private String drawerCode;
  private String acceptorBank;
  private BigDecimal amount;
  private String currency;
  private LocalDate issueDate;
  private LocalDate maturityDate;
  private String invoiceNumbers;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String endorsee;
  private String discountBank;
  private BigDecimal discountCharge;
  private String receivedBy;
  private Instant receivedAt;
  @Version
  private int version;
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "bill_id", nullable = false)
  @OrderBy("id")
  private List<BillEvent> events = new ArrayList<>();

  protected Bill() {}

  Bill(String number, String drawerCode, String acceptorBank, BigDecimal amount, String currency, LocalDate issueDate,
      LocalDate maturityDate, List<String> invoiceNumbers, String receivedBy, Instant receivedAt) {
    this.number = number;
    this.drawerCode = drawerCode;
    this.acceptorBank = acceptorBank;
    this.amount = amount;
    this.currency = currency;
    this.issueDate = issueDate;
    this.maturityDate = maturityDate;
    this.invoiceNumbers = String.join(",", invoiceNumbers);
    this.status = Status.HELD;
    this.receivedBy = receivedBy;
    this.receivedAt = receivedAt;
    events.add(new BillEvent(Status.HELD, "received from " + drawerCode, receivedBy, receivedAt));
  }

  /** Moves the bill on, when it may go there from where it is; answers whether it was allowed. */
  boolean moveTo(Status next, Set<Status> from, String detail, String by, Instant at) {
    if (!from.contains(status)) {
      return false;
    }
    status = next;
    events.add(new BillEvent(next, detail, by, at));
    return true;
  }

  void endorsedTo(String endorsee) {
    this.endorsee = endorsee;
  }

  void discountedAt(String bank, BigDecimal charge) {
    this.discountBank = bank;
    this.discountCharge = charge;
  }

  String paymentReference() {
    return "BILL-" + number;
  }

  String getNumber() { return number; }
  String getDrawerCode() { return drawerCode; }
  String getAcceptorBank() { return acceptorBank; }
  BigDecimal getAmount() { return amount; }
  String getCurrency() { return currency; }
  LocalDate getIssueDate() { return issueDate; }
  LocalDate getMaturityDate() { return maturityDate; }
  List<String> getInvoiceNumbers() { return Arrays.asList(invoiceNumbers.split(",")); }
  Status getStatus() { return status; }
  String getEndorsee() { return endorsee; }
  String getDiscountBank() { return discountBank; }
  BigDecimal getDiscountCharge() { return discountCharge; }
  List<BillEvent> getEvents() { return Collections.unmodifiableList(events); }
}
