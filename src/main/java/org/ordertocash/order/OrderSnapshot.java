package org.ordertocash.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ordertocash.config.Money;
import org.ordertocash.customer.Address;
import org.ordertocash.customer.PaymentTerms;

/**
 * An order as other modules read it ({@link OrderLifecycle#order}): its terms and lines at that
 * moment, detached from the database. Only the order module changes orders.
 */
public final class OrderSnapshot {

  /** One line of the order. */
  public record Line(int lineNo, String sku, int quantity, BigDecimal unitPrice, BigDecimal listPrice) {

    public BigDecimal amount() {
      return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    /** How far the price is below list, in percent (0 when at or above list). */
    public BigDecimal discountPercent() {
      return Money.discountPercent(listPrice, unitPrice);
    }

    public int getLineNo() { return lineNo; }
    public String getSku() { return sku; }
    public int getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getListPrice() { return listPrice; }
  }

  private final String number;
  private final String customerCode;
  private final Channel channel;
  private final OrderStatus status;
  private final String currency;
  private final BigDecimal totalAmount;
  private final PaymentTerms paymentTerms;
  private final InstallmentPlan installmentPlan;
  private final LocalDate requestedDeliveryDate;
  private final Address deliveryAddress;
  private final String enteredBy;
  private final String agreedQuotation;
  private final Instant createdAt;
  private final List<Line> lines;

  private OrderSnapshot(SalesOrder order) {
    this.number = order.getNumber();
    this.customerCode = order.getCustomerCode();
    this.channel = order.getChannel();
    this.status = order.getStatus();
    this.currency = order.getCurrency();
    this.totalAmount = order.getTotalAmount();
    this.paymentTerms = order.getPaymentTerms();
    this.installmentPlan = order.getInstallmentPlan();
    this.requestedDeliveryDate = order.getRequestedDeliveryDate();
    this.deliveryAddress = order.getDeliveryAddress();
    this.enteredBy = order.getEnteredBy();
    this.agreedQuotation = order.getAgreedQuotation();
    this.createdAt = order.getCreatedAt();
    this.lines = order.getLines().stream()
        .map(l -> new Line(l.getLineNo(), l.getSku(), l.getQuantity(), l.getUnitPrice(), l.getListPrice())).toList();
  }

  static OrderSnapshot of(SalesOrder order) {
    return new OrderSnapshot(order);
  }

  /** The largest discount below list price over all lines, in percent. */
  public BigDecimal maxDiscountPercent() {
    return lines.stream().map(Line::discountPercent).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
  }

  public String getNumber() { return number; }
  public String getCustomerCode() { return customerCode; }
  public Channel getChannel() { return channel; }
  public OrderStatus getStatus() { return status; }
  public String getCurrency() { return currency; }
  public BigDecimal getTotalAmount() { return totalAmount; }
  public PaymentTerms getPaymentTerms() { return paymentTerms; }
  /** For terms INSTALLMENTS: how each invoice is split; otherwise null. */
  public InstallmentPlan getInstallmentPlan() { return installmentPlan; }
  public LocalDate getRequestedDeliveryDate() { return requestedDeliveryDate; }
  public Address getDeliveryAddress() { return deliveryAddress; }
  public String getEnteredBy() { return enteredBy; }
  public String getAgreedQuotation() { return agreedQuotation; }
  public boolean isNegotiated() { return agreedQuotation != null; }
  public Instant getCreatedAt() { return createdAt; }
  public List<Line> getLines() { return lines; }
}
