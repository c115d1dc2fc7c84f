package org.ordertocash.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.ordertocash.config.Labels;
import org.ordertocash.billing.InvoicingService;
import org.ordertocash.billing.ReturnCredits;
import org.ordertocash.config.BusinessNumbers;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.TimerDates;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.inventory.ProductView;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderSnapshot;
import org.ordertocash.shipment.AfterSalesShipments;
import org.ordertocash.shipment.StockReceiptService;
import org.ordertocash.survey.SurveyService;
import org.ordertocash.survey.SurveyTopic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a return after intake: the decision, the RMA, the inspection, what happens to the
 * goods and how the customer is settled. Each step is repeatable: a retried job finds what the
 * step did before (an RMA number, a credit note's request key, a stock receipt's reference).
 */
@Service
@Transactional
public class ReturnService {

  private final ReturnRequestRepository returns;
  private final ReturnMail mail;
  private final BusinessNumbers numbers;
  private final StockReceiptService stock;
  private final AfterSalesShipments shipments;
  private final ReturnCredits credits;
  private final InvoicingService invoicing;
  private final OrderLifecycle orders;
  private final ProductCatalog products;
  private final OrderToCashProperties properties;
  private final SurveyService surveys;
  private final Clock clock;

  @SuppressWarnings("java:S107") // the modules a return settles through
  ReturnService(ReturnRequestRepository returns, ReturnMail mail, BusinessNumbers numbers, StockReceiptService stock,
      AfterSalesShipments shipments, ReturnCredits credits, InvoicingService invoicing, OrderLifecycle orders,
      ProductCatalog products, OrderToCashProperties properties, SurveyService surveys, Clock clock) {
    this.surveys = surveys;
    this.returns = returns;
    this.mail = mail;
    this.numbers = numbers;
    this.stock = stock;
    this.shipments = shipments;
    this.credits = credits;
    this.invoicing = invoicing;
    this.orders = orders;
    this.products = products;
    this.properties = properties;
    this.clock = clock;
  }

  public void recordEligibility(String number, String eligibility, String reason) {
    request(number).eligibility(eligibility, reason);
  }

  /** Rejected by the policy or by customer service: the customer is told why. */
  public void reject(String number, String decidedBy, String note) {
    ReturnRequest request = request(number);
    request.decided(decidedBy, note);
    request.reject(clock.instant());
    mail.rejected(request, note != null && !note.isBlank() ? note : request.getEligibilityReason());
  }

  /** Approved: an RMA number and the sending instructions go to the customer. Returns when the goods are due. */
  public String approve(String number, String decidedBy, String note) {
    ReturnRequest request = request(number);
    request.decided(decidedBy, note);
    if (request.getRmaNumber() == null) {
      request.approve(numbers.next("RMA", "rma_number_seq"));
    }
    String receiveBy = clock.instant().plus(properties.returns().receiveWithin()).atZone(clock.getZone())
        .format(TimerDates.FORMAT);
    mail.approved(request, receiveBy);
    return receiveBy;
  }

  public String rmaNumber(String number) {
    return request(number).getRmaNumber();
  }

  /** Nothing arrived in time: the RMA is closed and the customer told. */
  public void expire(String number) {
    ReturnRequest request = request(number);
    request.expire(clock.instant());
    mail.expired(request);
  }

  public void inspected(String number, GoodsCondition condition, String notes, Disposition disposition, String user) {
    request(number).inspected(condition, notes, disposition, user, clock.instant());
  }

  /** Puts restocked goods back on hand in the returns warehouse, once per return line (the receipt's reference). */
  public void restock(String number, String actor) {
    ReturnRequest request = request(number);
    for (ReturnLine line : request.getLines()) {
      stock.book(request.getRmaNumber() + "-" + line.getOrderLineNo(), line.getSku(), properties.returns().warehouse(),
          line.getQuantity(), actor);
    }
  }

  /** Sends repaired goods, a replacement or the exchanged product through the shipment process. */
  public void sendGoods(String number, ReturnWish wishOrRepair) {
    ReturnRequest request = request(number);
    boolean exchange = wishOrRepair == ReturnWish.EXCHANGE && request.getDisposition() != Disposition.REPAIR;
    String purpose = request.getDisposition() == Disposition.REPAIR ? "REPAIRED" : wishOrRepair.name();
    request.goodsSent(shipments.send(request.getOrderNumber(), request.getNumber() + "-" + purpose,
        request.getLines().stream().map(l -> new AfterSalesShipments.GoodsLine(l.getOrderLineNo(),
            exchange ? l.getExchangeSku() : l.getSku(), l.getQuantity())).toList()));
  }

  /** Credits the returned goods; returns what the customer had paid of them (the refund due). */
  public BigDecimal credit(String number, String actor) {
    ReturnRequest request = request(number);
    SortedMap<Integer, Integer> returned = new TreeMap<>();
    request.getLines().forEach(l -> returned.merge(l.getOrderLineNo(), l.getQuantity(), Integer::sum));
    ReturnCredits.Credited credited = credits.creditReturn(request.getOrderNumber(), request.getRmaNumber(), returned,
        actor);
    request.credited(credited.creditNotes(), credited.refundDue());
    return credited.refundDue();
  }

  public String refundText(String number) {
    ReturnRequest request = request(number);
    return Money.format(request.getRefundAmount(), orders.order(request.getOrderNumber()).getCurrency());
  }

  /** Finance paid the refund: it is booked against the return's credit notes under the transfer's bank reference. */
  public void refund(String number, String bankReference, String actor) {
    ReturnRequest request = request(number);
    BigDecimal refunded = credits.refund(request.getCustomerCode(), request.creditNoteNumbers(),
        request.getRefundAmount(), bankReference, actor);
    request.refunded(refunded, bankReference);
  }

  /**
   * What the exchanged product costs more (positive) or less (negative) per unit than the returned
   * one: its list price less the returned line's discount.
   */
  public BigDecimal exchangeDifference(String number) {
    ReturnRequest request = request(number);
    ReturnLine line = request.getLines().get(0);
    OrderSnapshot.Line ordered = orders.order(request.getOrderNumber()).getLines().stream()
        .filter(l -> l.lineNo() == line.getOrderLineNo()).findFirst().orElseThrow();
    ProductView wanted = products.get(line.getExchangeSku());
    BigDecimal price = ordered.listPrice().signum() == 0 ? wanted.listPrice()
        : wanted.listPrice().multiply(ordered.unitPrice()).divide(ordered.listPrice(), 2, RoundingMode.HALF_UP);
    return price.subtract(ordered.unitPrice());
  }

  /** Invoices a dearer exchange's difference with the goods sent for it. */
  public void invoiceDifference(String number, String actor) {
    ReturnRequest request = request(number);
    ReturnLine line = request.getLines().get(0);
    request.difference(invoicing.invoiceExchangeDifference(request.getOrderNumber(), request.getShipmentNumber(),
        line.getOrderLineNo(), line.getExchangeSku(), line.getQuantity(), exchangeDifference(number), actor));
  }

  /** Credits a cheaper exchange's difference on the returned line's invoice. */
  public void creditDifference(String number, String actor) {
    ReturnRequest request = request(number);
    ReturnLine line = request.getLines().get(0);
    ReturnCredits.Credited credited = credits.creditExchangeDifference(request.getOrderNumber(),
        request.getRmaNumber(), line.getOrderLineNo(), line.getQuantity(), exchangeDifference(number).negate(), actor);
    request.difference(credited.creditNotes().get(0));
  }

  /** Settled: the return is closed, the customer told how and asked how satisfied they are. */
  public void close(String number) {
    ReturnRequest request = request(number);
    request.close(clock.instant());
    mail.closed(request, settlement(request));
    surveys.send(SurveyTopic.RETURN, request.getRmaNumber(), request.getOrderNumber(), request.getCustomerCode(), null);
  }

  private String settlement(ReturnRequest request) {
    Labels labels = mail.labels(request);
    if (request.getDisposition() == Disposition.REPAIR) {
      return labels.text("mail.returnSettled.repaired", request.getShipmentNumber());
    }
    return switch (request.getWish()) {
      case REFUND -> labels.text("mail.returnSettled.credited", String.join(", ", request.creditNoteNumbers()))
          + (request.getRefundReference() == null ? "" : " " + mail.refundText(request, request.getRefundAmount(),
              orders.order(request.getOrderNumber()).getCurrency()));
      case REPLACEMENT -> labels.text("mail.returnSettled.replacement", request.getShipmentNumber());
      case EXCHANGE -> labels.text("mail.returnSettled.exchange", request.getShipmentNumber())
          + (request.getDifferenceDocument() == null ? ""
              : labels.text("mail.returnSettled.difference", request.getDifferenceDocument()));
    };
  }

  @Transactional(readOnly = true)
  public ReturnView view(String number) {
    return returns.findByNumber(number).map(ReturnView::of)
        .orElseThrow(() -> new DomainException.NotFound("No return " + number));
  }

  @Transactional(readOnly = true)
  public List<ReturnView> forOrder(String orderNumber) {
    return returns.findByOrderNumberOrderById(orderNumber).stream().map(ReturnView::of).toList();
  }

  private ReturnRequest request(String number) {
    return returns.findByNumber(number).orElseThrow(() -> new IllegalStateException("No return " + number));
  }
}
