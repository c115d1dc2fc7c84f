package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.Money;
import org.ordertocash.identity.Actor;
import org.ordertocash.order.OrderShipments;
import org.ordertocash.order.OrderShipments.ShipmentSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cash on delivery: what the carrier collected for each shipment (its DELIVERED event says) is
 * booked as a cash payment against that shipment's invoice, under the bank reference
 * COD-{shipment}, so that a retried step books nothing twice. What was not collected is the
 * shortfall for finance to look into; more than was due becomes the customer's credit.
 */
@Service
public class CashOnDeliveryBooking {

  static final String REFERENCE_PREFIX = "COD-";

  private final InvoiceRepository invoices;
  private final OrderShipments shipments;
  private final PaymentService payments;
  private final Clock clock;
  private final OrderToCashProperties properties;

  CashOnDeliveryBooking(InvoiceRepository invoices, OrderShipments shipments, PaymentService payments, Clock clock,
      OrderToCashProperties properties) {
    this.properties = properties;
    this.invoices = invoices;
    this.shipments = shipments;
    this.payments = payments;
    this.clock = clock;
  }

  /** What the order's invoices asked for, what the carrier collected, and the difference in words for finance. */
  public record Collected(BigDecimal due, BigDecimal collected, String currency, String summary) {

    public BigDecimal shortfall() {
      return shortfallOf(due, collected);
    }

    /** What the carrier collected less than was due; nothing when it collected enough or more. */
    static BigDecimal shortfallOf(BigDecimal due, BigDecimal collected) {
      return due.subtract(collected).max(BigDecimal.ZERO);
    }
  }

  @Transactional
  public Collected book(String orderNumber) {
    Map<String, ShipmentSummary> byNumber = shipments.of(orderNumber).stream()
        .collect(Collectors.toMap(ShipmentSummary::number, Function.identity()));
    BigDecimal due = BigDecimal.ZERO.setScale(2);
    BigDecimal collected = BigDecimal.ZERO.setScale(2);
    String currency = null;
    List<String> lines = new ArrayList<>();
    Labels labels = properties.labels();
    for (Invoice invoice : invoices.findByOrderNumberAndKindOrderById(orderNumber, Invoice.Kind.INVOICE)) {
      ShipmentSummary shipment = byNumber.get(invoice.getShipmentNumber());
      BigDecimal cash = shipment == null || shipment.cashCollected() == null ? BigDecimal.ZERO.setScale(2)
          : shipment.cashCollected();
      currency = invoice.getCurrency();
      if (cash.signum() > 0) {
        payments.book(new PaymentNotice(invoice.getCustomerCode(), cash, currency, valueDate(shipment),
            REFERENCE_PREFIX + shipment.number(), PaymentMethod.CASH, List.of(invoice.getNumber())), Actor.SYSTEM);
      }
      due = due.add(invoice.getGrossAmount());
      collected = collected.add(cash);
      lines.add("- " + labels.text("task.cod.invoice", invoice.getNumber(), invoice.getShipmentNumber(),
          Money.format(invoice.getGrossAmount(), currency),
          shipment == null || shipment.cashCollected() == null ? labels.text("task.cod.nothingReported")
              : Money.format(cash, currency)));
    }
    String shortfall = labels.text("task.cod.shortfall", Money.format(Collected.shortfallOf(due, collected), currency));
    return new Collected(due, collected, currency, String.join("\n", lines) + "\n\n" + shortfall);
  }

  private LocalDate valueDate(ShipmentSummary shipment) {
    return shipment.deliveredAt() == null ? LocalDate.now(clock) : LocalDate.ofInstant(shipment.deliveredAt(), clock.getZone());
  }
}
