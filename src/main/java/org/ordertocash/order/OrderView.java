package org.ordertocash.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ordertocash.customer.Address;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.order.OrderProcesses.OpenTask;

/**
 * What GET /api/orders/{number} answers: the order, its history, its shipments, the records other
 * features keep about it (quotations, contracts, claims, documents) and where its process is.
 */
public record OrderView(
    String number,
    String customerCode,
    Channel channel,
    OrderStatus status,
    BigDecimal totalAmount,
    String currency,
    PaymentTerms paymentTerms,
    LocalDate requestedDeliveryDate,
    Address deliveryAddress,
    String enteredBy,
    Instant createdAt,
    String agreedQuotation,
    List<Line> lines,
    List<StatusChange> statusHistory,
    List<OrderShipments.ShipmentSummary> shipments,
    List<OrderRecords.RecordSummary> records,
    Process process) {

  public record Line(int lineNo, String sku, int quantity, BigDecimal unitPrice,
      BigDecimal listPrice, BigDecimal amount) {}

  public record StatusChange(OrderStatus status, String changedBy, Instant changedAt, String reason) {}

  /** {@code running} is false once every process of the order has ended. */
  public record Process(boolean running, List<String> currentSteps, List<OpenTask> openTasks) {}

  static OrderView of(SalesOrder order, List<OrderShipments.ShipmentSummary> shipments,
      List<OrderRecords.RecordSummary> records, Process process) {
    return new OrderView(order.getNumber(), order.getCustomerCode(), order.getChannel(),
        order.getStatus(), order.getTotalAmount(), order.getCurrency(), order.getPaymentTerms(),
        order.getRequestedDeliveryDate(), order.getDeliveryAddress(), order.getEnteredBy(),
        order.getCreatedAt(), order.getAgreedQuotation(),
        order.getLines().stream().map(l -> new Line(l.getLineNo(), l.getSku(), l.getQuantity(),
            l.getUnitPrice(), l.getListPrice(), l.amount())).toList(),
        order.getStatusHistory().stream().map(c -> new StatusChange(c.getStatus(), c.getChangedBy(),
            c.getChangedAt(), c.getReason())).toList(),
        shipments, records, process);
  }
}
