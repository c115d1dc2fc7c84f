package org.ordertocash.complaint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.ApiError;
import org.ordertocash.config.BusinessNumbers;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.EnumInput;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.identity.AsSystem;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderSnapshot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a complaint: checks it, records it and starts its complaint process (business key = the
 * complaint's number). The caller's request key makes a repeated request answer the complaint it
 * recorded.
 */
@Service
public class ComplaintIntake {

  static final int MAX_TEXT = 2000;

  private final ComplaintRepository complaints;
  private final CustomerDirectory customers;
  private final OrderLifecycle orders;
  private final BusinessNumbers numbers;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final Clock clock;
  private final OrderToCashProperties properties;

  ComplaintIntake(ComplaintRepository complaints, CustomerDirectory customers, OrderLifecycle orders,
      BusinessNumbers numbers, RuntimeService runtimeService, AsSystem asSystem, Clock clock,
      OrderToCashProperties properties) {
    this.properties = properties;
    this.complaints = complaints;
    this.customers = customers;
    this.orders = orders;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  public record Received(ComplaintView complaint, boolean created) {}

  @Transactional
  public Received receive(ComplaintRequestBody body, String requestKey, String user) {
    if (requestKey == null || requestKey.isBlank() || requestKey.length() > 100) {
      throw new DomainException.InvalidInput("Idempotency-Key",
          "Send an Idempotency-Key header (at most 100 characters) so that a repeated request records one complaint");
    }
    Optional<Complaint> earlier = complaints.findByRequestKey(requestKey);
    if (earlier.isPresent()) {
      return new Received(ComplaintView.of(earlier.get()), false);
    }
    List<ApiError.FieldError> errors = new ArrayList<>();
    if (body == null) {
      throw new DomainException.InvalidInput("body", "Send the complaint as JSON: customerCode, channel, category, description");
    }
    CustomerView customer = customer(body.customerCode(), errors);
    ComplaintChannel channel = EnumInput.parse(ComplaintChannel.class, body.channel(), "channel", errors);
    ComplaintCategory category = EnumInput.parse(ComplaintCategory.class, body.category(), "category", errors);
    if (body.description() == null || body.description().isBlank() || body.description().length() > MAX_TEXT) {
      errors.add(new ApiError.FieldError("description", "Describe the complaint (at most " + MAX_TEXT + " characters)"));
    }
    OrderSnapshot order = order(body.orderNumber(), customer, errors);
    List<ComplaintLine> lines = lines(body.lines(), order, errors);
    if (!errors.isEmpty()) {
      throw new DomainException.InvalidInput(errors.get(0).message(), errors);
    }
    Complaint complaint = complaints.saveAndFlush(new Complaint(numbers.next("CP", "complaint_number_seq"),
        customer.getCode(), order == null ? null : order.getNumber(), channel, category, body.description().trim(),
        requestKey, customer.getValueClass().name(), lines, user, clock.instant()));
    start(complaint, customer);
    return new Received(ComplaintView.of(complaint), true);
  }

  /** After a lost race for the same request key: the complaint the other request recorded. */
  @Transactional(readOnly = true)
  public Received replay(String requestKey) {
    return new Received(ComplaintView.of(complaints.findByRequestKey(requestKey).orElseThrow()), false);
  }

  private CustomerView customer(String code, List<ApiError.FieldError> errors) {
    Optional<CustomerView> customer = code == null ? Optional.empty() : customers.find(code.trim());
    if (customer.isEmpty()) {
      throw new DomainException.InvalidInput("customerCode", code == null || code.isBlank()
          ? "Name the customer who complains (customerCode)" : "There is no customer " + code.trim());
    }
    return customer.get();
  }

  private OrderSnapshot order(String number, CustomerView customer, List<ApiError.FieldError> errors) {
    if (number == null || number.isBlank()) {
      return null;
    }
    try {
      OrderSnapshot order = orders.order(number.trim());
      if (!order.getCustomerCode().equals(customer.getCode())) {
        errors.add(new ApiError.FieldError("orderNumber", "Order " + order.getNumber() + " is not "
            + customer.getCode() + "'s"));
      }
      return order;
    } catch (DomainException.NotFound unknown) {
      errors.add(new ApiError.FieldError("orderNumber", "There is no order " + number.trim()));
      return null;
    }
  }

  private static List<ComplaintLine> lines(List<ComplaintRequestBody.Line> asked, OrderSnapshot order,
      List<ApiError.FieldError> errors) {
    List<ComplaintLine> lines = new ArrayList<>();
    if (asked == null || asked.isEmpty()) {
      return lines;
    }
    if (order == null) {
      errors.add(new ApiError.FieldError("lines", "Lines name units of an order: give the orderNumber too"));
      return lines;
    }
    for (ComplaintRequestBody.Line line : asked) {
      Optional<OrderSnapshot.Line> ordered = line == null || line.lineNo() == null ? Optional.empty()
          : order.getLines().stream().filter(l -> l.lineNo() == line.lineNo()).findFirst();
      if (ordered.isEmpty()) {
        errors.add(new ApiError.FieldError("lines", "Order " + order.getNumber() + " has no line "
            + (line == null ? null : line.lineNo())));
      } else if (line.quantity() == null || line.quantity() < 1 || line.quantity() > ordered.get().quantity()) {
        errors.add(new ApiError.FieldError("lines", "Line " + line.lineNo() + " has " + ordered.get().quantity()
            + " units; name 1 to " + ordered.get().quantity()));
      } else if (lines.stream().anyMatch(l -> l.getOrderLineNo() == line.lineNo())) {
        errors.add(new ApiError.FieldError("lines", "Name each order line once"));
      } else {
        lines.add(new ComplaintLine(line.lineNo(), line.quantity()));
      }
    }
    return lines;
  }

  private void start(Complaint complaint, CustomerView customer) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ComplaintProcess.COMPLAINT_NUMBER.name(), complaint.getNumber());
    variables.put(ComplaintProcess.CATEGORY.name(), complaint.getCategory().name());
    variables.put(ComplaintProcess.CUSTOMER_CLASS.name(), complaint.getCustomerClass());
    variables.put(ComplaintProcess.COMPLAINT_SUMMARY.name(), ComplaintSummaries.markdown(complaint, customer, properties.labels()));
    asSystem.run(() -> runtimeService.startProcessInstanceByKey(ComplaintProcess.KEY, complaint.getNumber(), variables));
  }
}
