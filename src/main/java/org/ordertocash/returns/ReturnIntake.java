package org.ordertocash.returns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.claim.CarrierClaimService;
import org.ordertocash.claim.ClaimView;
import org.ordertocash.config.ApiError;
import org.ordertocash.config.BusinessNumbers;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.EnumInput;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.identity.AsSystem;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.inventory.ReturnPolicy;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderSnapshot;
import org.ordertocash.shipment.AfterSalesShipments;
import org.ordertocash.shipment.AfterSalesShipments.DeliveredLine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a return request: checks it against what the customer received and has not yet returned
 * (under the order's return lock, so racing requests cannot both take the last units), records it
 * and starts its return process. The caller's request key makes a repeated request answer the
 * return it made.
 */
@Service
public class ReturnIntake {

  static final int MAX_NOTES = 1000;

  private final ReturnRequestRepository returns;
  private final ReturnOrderLocks locks;
  private final OrderLifecycle orders;
  private final AfterSalesShipments shipments;
  private final ProductCatalog products;
  private final CustomerDirectory customers;
  private final CarrierClaimService claims;
  private final BusinessNumbers numbers;
  private final ReturnSummaries summaries;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final Clock clock;

  @SuppressWarnings("java:S107") // what a return is checked against
  ReturnIntake(ReturnRequestRepository returns, ReturnOrderLocks locks, OrderLifecycle orders,
      AfterSalesShipments shipments, ProductCatalog products, CustomerDirectory customers, CarrierClaimService claims,
      BusinessNumbers numbers, ReturnSummaries summaries, RuntimeService runtimeService, AsSystem asSystem,
      Clock clock) {
    this.returns = returns;
    this.locks = locks;
    this.orders = orders;
    this.shipments = shipments;
    this.products = products;
    this.customers = customers;
    this.claims = claims;
    this.numbers = numbers;
    this.summaries = summaries;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  public record Requested(ReturnView request, boolean created) {}

  @Transactional
  public Requested request(ReturnRequestBody body, String requestKey, String user) {
    if (requestKey == null || requestKey.isBlank() || requestKey.length() > 100) {
      throw new DomainException.InvalidInput("Idempotency-Key",
          "Send an Idempotency-Key header (at most 100 characters) so that a repeated request opens one return");
    }
    Optional<ReturnRequest> earlier = returns.findByRequestKey(requestKey);
    if (earlier.isPresent()) {
      return new Requested(ReturnView.of(earlier.get()), false);
    }
    Checked checked = check(body);
    OrderSnapshot order = order(body.orderNumber());
    locks.lock(order.getNumber());
    List<DeliveredLine> delivered = shipments.delivered(order.getNumber());
    List<ReturnLine> lines = lines(order, body.lines(), checked.wish(), delivered);
    ReturnWindow window = window(lines, delivered);
    String claim = checked.reason() == ReturnReason.DAMAGED_IN_TRANSIT ? claimOf(order.getNumber()) : null;
    ReturnRequest request = returns.saveAndFlush(new ReturnRequest(numbers.next("RT", "return_number_seq"),
        order.getNumber(), order.getCustomerCode(), checked.reason(), checked.wish(), blankToNull(body.notes()),
        requestKey, window, claim, lines, user, clock.instant()));
    start(request, order, window);
    return new Requested(ReturnView.of(request), true);
  }

  /** After a lost race for the same request key: the return the other request made. */
  @Transactional(readOnly = true)
  public Requested replay(String requestKey) {
    return new Requested(ReturnView.of(returns.findByRequestKey(requestKey).orElseThrow()), false);
  }

  private record Checked(ReturnReason reason, ReturnWish wish) {}

  private Checked check(ReturnRequestBody body) {
    List<ApiError.FieldError> errors = new ArrayList<>();
    if (body == null) {
      throw new DomainException.InvalidInput("body", "Send the return as JSON: orderNumber, reason, wish, lines");
    }
    if (body.orderNumber() == null || body.orderNumber().isBlank()) {
      errors.add(new ApiError.FieldError("orderNumber", "Name the order the goods were delivered under"));
    }
    ReturnReason reason = EnumInput.parse(ReturnReason.class, body.reason(), "reason", errors);
    ReturnWish wish = EnumInput.parse(ReturnWish.class, body.wish(), "wish", errors);
    if (body.notes() != null && body.notes().length() > MAX_NOTES) {
      errors.add(new ApiError.FieldError("notes", "Notes can be at most " + MAX_NOTES + " characters"));
    }
    if (body.lines() == null || body.lines().isEmpty()) {
      errors.add(new ApiError.FieldError("lines", "Name at least one order line and how many units come back"));
    } else {
      checkLines(body.lines(), wish, errors);
    }
    if (!errors.isEmpty()) {
      throw new DomainException.InvalidInput(errors.get(0).message(), errors);
    }
    return new Checked(reason, wish);
  }

  private void checkLines(List<ReturnRequestBody.Line> lines, ReturnWish wish, List<ApiError.FieldError> errors) {
    if (wish == ReturnWish.EXCHANGE && lines.size() != 1) {
      errors.add(new ApiError.FieldError("lines", "An exchange names one line; ask for one return per product"));
    }
    for (ReturnRequestBody.Line line : lines) {
      if (line == null || line.lineNo() == null || line.quantity() == null || line.quantity() < 1) {
        errors.add(new ApiError.FieldError("lines", "Each line needs its lineNo and a quantity of at least 1"));
      } else if (wish == ReturnWish.EXCHANGE && (line.exchangeSku() == null || line.exchangeSku().isBlank())) {
        errors.add(new ApiError.FieldError("lines", "Line " + line.lineNo() + " needs the exchangeSku wanted instead"));
      } else if (wish != ReturnWish.EXCHANGE && line.exchangeSku() != null) {
        errors.add(new ApiError.FieldError("lines", "Only an EXCHANGE names an exchangeSku"));
      } else if (line.exchangeSku() != null && products.find(line.exchangeSku()).isEmpty()) {
        errors.add(new ApiError.FieldError("lines", "Unknown product " + line.exchangeSku()));
      }
    }
    if (lines.stream().filter(l -> l != null && l.lineNo() != null).map(ReturnRequestBody.Line::lineNo).distinct().count()
        != lines.stream().filter(l -> l != null && l.lineNo() != null).count()) {
      errors.add(new ApiError.FieldError("lines", "Name each order line once"));
    }
  }

  private OrderSnapshot order(String number) {
    try {
      return orders.order(number.trim());
    } catch (DomainException.NotFound unknown) {
      throw new DomainException.InvalidInput("orderNumber", "There is no order " + number.trim());
    }
  }

  /** The lines as asked, each within what was delivered and is not yet in another return. */
  private List<ReturnLine> lines(OrderSnapshot order, List<ReturnRequestBody.Line> asked, ReturnWish wish,
      List<DeliveredLine> delivered) {
    Map<Integer, Integer> returnable = new HashMap<>();
    delivered.forEach(d -> returnable.merge(d.orderLineNo(), d.quantity(), Integer::sum));
    for (ReturnRequest earlier : returns.findByOrderNumberOrderById(order.getNumber())) {
      if (earlier.getStatus().holdsQuantities()) {
        earlier.getLines().forEach(l -> returnable.merge(l.getOrderLineNo(), -l.getQuantity(), Integer::sum));
      }
    }
    List<ApiError.FieldError> errors = new ArrayList<>();
    List<ReturnLine> lines = new ArrayList<>();
    for (ReturnRequestBody.Line line : asked) {
      Optional<OrderSnapshot.Line> ordered = order.getLines().stream().filter(l -> l.lineNo() == line.lineNo()).findFirst();
      int left = Math.max(0, returnable.getOrDefault(line.lineNo(), 0));
      if (ordered.isEmpty()) {
        errors.add(new ApiError.FieldError("lines", "Order " + order.getNumber() + " has no line " + line.lineNo()));
      } else if (line.quantity() > left) {
        errors.add(new ApiError.FieldError("lines", "Line " + line.lineNo() + " (" + ordered.get().sku() + ") has "
            + left + " delivered and not yet returned; " + line.quantity() + " cannot be returned"));
      } else {
        lines.add(new ReturnLine(line.lineNo(), ordered.get().sku(), line.quantity(),
            wish == ReturnWish.EXCHANGE ? line.exchangeSku().trim() : null));
      }
    }
    if (!errors.isEmpty()) {
      throw new DomainException.InvalidInput(errors.get(0).message(), errors);
    }
    return lines;
  }

  /** Days since the returned lines' last delivery, against the strictest window among their products. */
  private ReturnWindow window(List<ReturnLine> lines, List<DeliveredLine> delivered) {
    Instant lastDelivery = delivered.stream()
        .filter(d -> lines.stream().anyMatch(l -> l.getOrderLineNo() == d.orderLineNo()))
        .map(DeliveredLine::deliveredAt).max(Comparator.naturalOrder()).orElseThrow();
    long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(lastDelivery, clock.getZone()), LocalDate.now(clock));
    ReturnPolicy strictest = lines.stream().map(l -> products.returnPolicy(l.getSku()))
        .min(Comparator.comparingInt(ReturnPolicy::returnWindowDays)).orElseThrow();
    return new ReturnWindow((int) days, strictest.returnWindowDays(), strictest.category());
  }

  private String claimOf(String orderNumber) {
    return claims.forOrder(orderNumber).stream().map(ClaimView::number).reduce((first, last) -> last).orElse(null);
  }

  private void start(ReturnRequest request, OrderSnapshot order, ReturnWindow window) {
    CustomerView customer = customers.get(order.getCustomerCode());
    Map<String, Object> variables = new HashMap<>();
    variables.put(ReturnProcess.RETURN_NUMBER.name(), request.getNumber());
    variables.put(ReturnProcess.ORDER_NUMBER.name(), order.getNumber());
    variables.put(ReturnProcess.DAYS_SINCE_DELIVERY.name(), window.daysSinceDelivery());
    variables.put(ReturnProcess.DAYS_PAST_WINDOW.name(), window.daysPastWindow());
    variables.put(ReturnProcess.REASON.name(), request.getReason().name());
    variables.put(ReturnProcess.CATEGORY.name(), window.category());
    variables.put(ReturnProcess.CUSTOMER_CLASS.name(), customer.getValueClass().name());
    variables.put(ReturnProcess.WISH.name(), request.getWish().name());
    variables.put(ReturnProcess.RETURN_SUMMARY.name(), summaries.markdown(request, customer));
    asSystem.run(() -> runtimeService.startProcessInstanceByKey(ReturnProcess.KEY, order.getNumber(), variables));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
