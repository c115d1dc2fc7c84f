package org.ordertocash.order;

import org.ordertocash.customer.CustomerView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ordertocash.order.CreditExposureService;
import org.ordertocash.order.CreditExposureService.CreditAssessment;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.inventory.StockAvailabilityService;
import org.ordertocash.inventory.StockAvailabilityService.StockCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The domain side of each step of order review; the delegates only translate variables. */
@Service
@Transactional
public class OrderReviewService {

  private final OrderRepository orders;
  private final CustomerDirectory customers;
  private final CreditExposureService credit;
  private final StockAvailabilityService stock;
  private final CustomerMessages messages;
  private final Clock clock;
  private final int minDeliveryLeadDays;
  private final int newCustomerDays;
  private final OrderToCashProperties properties;

  public OrderReviewService(OrderRepository orders, CustomerDirectory customers,
      CreditExposureService credit, StockAvailabilityService stock, CustomerMessages messages,
      Clock clock, @Value("${ordertocash.min-delivery-lead-days:3}") int minDeliveryLeadDays,
      @Value("${ordertocash.new-customer-days:90}") int newCustomerDays, OrderToCashProperties properties) {
    this.properties = properties;
    this.orders = orders;
    this.customers = customers;
    this.credit = credit;
    this.stock = stock;
    this.messages = messages;
    this.clock = clock;
    this.minDeliveryLeadDays = minDeliveryLeadDays;
    this.newCustomerDays = newCustomerDays;
  }

  public SalesOrder order(String number) {
    return orders.findByNumber(number)
        .orElseThrow(() -> new IllegalStateException("No order " + number));
  }

  public PolicyCheck validate(String number, String actor) {
    SalesOrder order = order(number);
    CustomerView customer = customer(order);
    LocalDate today = LocalDate.now(clock);
    boolean feasible = !order.getRequestedDeliveryDate().isBefore(today.plusDays(minDeliveryLeadDays));
    boolean newCustomer = customer.getCreatedAt().isAfter(clock.instant().minus(newCustomerDays, ChronoUnit.DAYS));
    changeStatus(order, OrderStatus.IN_REVIEW, actor, "Automatic checks and routing");
    return new PolicyCheck(customer.getCode(), customer.getValueClass(), newCustomer, order.getTotalAmount(),
        order.maxDiscountPercent(), customer.allowedPaymentTerms().contains(order.getPaymentTerms()), feasible);
  }

  public CreditAssessment checkCredit(String number, String actor) {
    SalesOrder order = order(number);
    CreditAssessment assessment = credit.assess(order.getCustomerCode(), number, order.getTotalAmount());
    if (!assessment.ok()) {
      changeStatus(order, OrderStatus.CREDIT_HOLD, actor, assessment.holdReason(order.getCurrency(), properties.labels()));
    }
    return assessment;
  }

  public StockCheck checkStock(String number) {
    SalesOrder order = order(number);
    Map<String, Integer> quantities = new LinkedHashMap<>();
    order.getLines().forEach(line -> quantities.merge(line.getSku(), line.getQuantity(), Integer::sum));
    return stock.check(quantities, order.getRequestedDeliveryDate());
  }

  public void confirm(String number, String actor, String note) {
    SalesOrder order = order(number);
    changeStatus(order, OrderStatus.CONFIRMED, actor, note);
    messages.orderConfirmed(OrderSnapshot.of(order), customer(order));
  }

  public void reject(String number, String actor, String reason) {
    SalesOrder order = order(number);
    changeStatus(order, OrderStatus.REJECTED, actor, reason);
    messages.orderRejected(OrderSnapshot.of(order), customer(order), reason);
  }

  public void handOverToNegotiation(String number, String actor, String reason) {
    changeStatus(order(number), OrderStatus.IN_NEGOTIATION, actor, "To negotiation: " + reason);
  }

  public void withdraw(String number, String actor, String note) {
    SalesOrder order = order(number);
    changeStatus(order, OrderStatus.CANCELLED, actor, "Withdrawn after review: " + note);
    CustomerView customer = customer(order);
    messages.orderCancelled(OrderSnapshot.of(order), customer, messages.labels(customer).text("mail.withdrawn"));
  }


  public void applyRevision(String number, String actor, PaymentTerms terms, LocalDate deliveryDate,
      boolean resetToListPrices, String note) {
    SalesOrder order = order(number);
    order.revise(terms, deliveryDate, resetToListPrices);
    changeStatus(order, OrderStatus.IN_REVIEW, actor, "Revised for review" + (note == null || note.isBlank() ? "" : ": " + note));
  }

  private void changeStatus(SalesOrder order, OrderStatus status, String actor, String reason) {
    order.changeStatus(status, actor, clock.instant(), reason);
  }

  private CustomerView customer(SalesOrder order) {
    return customers.get(order.getCustomerCode());
  }
}
