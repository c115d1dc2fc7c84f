package org.ordertocash.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

import org.ordertocash.customer.Address;
import org.ordertocash.customer.PaymentTerms;

/** A customer's order. Its number is the business key of its process instances. */
@Entity
@jakarta.persistence.Table(name = "sales_order")
public class SalesOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String number;
  private String customerCode;
  @Enumerated(EnumType.STRING)
  private Channel channel;
  @Enumerated(EnumType.STRING)
  private OrderStatus status;
  private String currency;
  private BigDecimal totalAmount;
  @Enumerated(EnumType.STRING)
  private PaymentTerms paymentTerms;
  /** For terms INSTALLMENTS: the plan as text (see {@link InstallmentPlan}). */
  private String installmentPlan;
  private LocalDate requestedDeliveryDate;
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "delivery_street")),
    @AttributeOverride(name = "city", column = @Column(name = "delivery_city")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "delivery_postal_code")),
    @AttributeOverride(name = "country", column = @Column(name = "delivery_country"))
  })
  private Address deliveryAddress;
  private String enteredBy;
  /** The quotation (number and version) whose prices and terms the customer accepted, if any. */
  private String agreedQuotation;
  private String idempotencyKey;
  private String requestFingerprint;
  private Instant createdAt;
  @Version
  private int version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "order_id", nullable = false)
  @OrderBy("lineNo")
  private List<OrderLine> lines = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "order_id", nullable = false)
  @OrderBy("id")
  private List<OrderStatusChange> statusHistory = new ArrayList<>();

  protected SalesOrder() {}

  SalesOrder(String number, String customerCode, Channel channel, String currency,
      PaymentTerms paymentTerms, LocalDate requestedDeliveryDate, Address deliveryAddress,
      String enteredBy, String idempotencyKey, String requestFingerprint, Instant createdAt) {
    this.number = number;
    this.customerCode = customerCode;
    this.channel = channel;
    this.currency = currency;
    this.paymentTerms = paymentTerms;
    this.requestedDeliveryDate = requestedDeliveryDate;
    this.deliveryAddress = deliveryAddress;
    this.enteredBy = enteredBy;
    this.idempotencyKey = idempotencyKey;
    this.requestFingerprint = requestFingerprint;
    this.createdAt = createdAt;
    this.totalAmount = BigDecimal.ZERO;
    changeStatus(OrderStatus.RECEIVED, enteredBy, createdAt, "Entered via " + channel);
  }

  void addLine(String sku, int quantity, BigDecimal unitPrice, BigDecimal listPrice) {
    lines.add(new OrderLine(lines.size() + 1, sku, quantity, unitPrice, listPrice));
    recalculateTotal();
  }

  void changeStatus(OrderStatus newStatus, String by, Instant at, String reason) {
    this.status = newStatus;
    statusHistory.add(new OrderStatusChange(number, newStatus, by, at, reason));
  }

  void payInInstallments(InstallmentPlan plan) {
    this.installmentPlan = plan.text();
  }

  public InstallmentPlan getInstallmentPlan() {
    return installmentPlan == null ? null : InstallmentPlan.parse(installmentPlan);
  }

  void revise(PaymentTerms newTerms, LocalDate newDeliveryDate, boolean resetToListPrices) {
    if (newTerms != null) {
      this.paymentTerms = newTerms;
    }
    if (newDeliveryDate != null) {
      this.requestedDeliveryDate = newDeliveryDate;
    }
    if (resetToListPrices) {
      lines.forEach(OrderLine::resetToListPrice);
      recalculateTotal();
    }
  }

  /**
   * Takes over what the customer accepted in negotiation: a unit price per line number (lines
   * not named keep theirs) and the payment terms.
   */
  void applyAgreedTerms(Map<Integer, BigDecimal> unitPrices, PaymentTerms terms, String quotation) {
    for (OrderLine line : lines) {
      BigDecimal price = unitPrices.get(line.getLineNo());
      if (price != null) {
        line.changeUnitPrice(price);
      }
    }
    recalculateTotal();
    this.paymentTerms = terms;
    this.agreedQuotation = quotation;
  }

  /**
   * Replaces a line's product with a substitute the customer gets instead (a shortage); the
   * agreed unit price stays, the list price becomes the substitute's.
   */
  void substitute(int lineNo, String sku, BigDecimal listPrice) {
    OrderLine line = lines.stream().filter(l -> l.getLineNo() == lineNo).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Order " + number + " has no line " + lineNo));
    line.substitute(sku, listPrice);
  }

  /** Takes over the payment terms and delivery date of the signed contract. */
  void applyContractTerms(PaymentTerms terms, LocalDate deliveryDate) {
    this.paymentTerms = terms;
    this.requestedDeliveryDate = deliveryDate;
  }

  private void recalculateTotal() {
    totalAmount = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The largest discount below list price over all lines, in percent. */
  public BigDecimal maxDiscountPercent() {
    return lines.stream().map(OrderLine::discountPercent).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
  }

  public Long getId() { return id; }
  public String getNumber() { return number; }
  public String getCustomerCode() { return customerCode; }
  public Channel getChannel() { return channel; }
  public OrderStatus getStatus() { return status; }
  public String getCurrency() { return currency; }
  public BigDecimal getTotalAmount() { return totalAmount; }
  public PaymentTerms getPaymentTerms() { return paymentTerms; }
  public LocalDate getRequestedDeliveryDate() { return requestedDeliveryDate; }
  public Address getDeliveryAddress() { return deliveryAddress; }
  public String getEnteredBy() { return enteredBy; }
  public String getAgreedQuotation() { return agreedQuotation; }
  public boolean isNegotiated() { return agreedQuotation != null; }
  public String getIdempotencyKey() { return idempotencyKey; }
  public String getRequestFingerprint() { return requestFingerprint; }
  public Instant getCreatedAt() { return createdAt; }
  public List<OrderLine> getLines() { return Collections.unmodifiableList(lines); }
  public List<OrderStatusChange> getStatusHistory() { return Collections.unmodifiableList(statusHistory); }
}
