package org.ordertocash.customer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.config.BusinessNumbers;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.identity.AsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of a customer's credit limit. A decrease, or an increase of at most
 * {@code ordertocash.credit.approval-above}, applies at once; a larger increase starts
 * credit-limit-increase.bpmn (finance, then a sales manager) and applies when both approve.
 */
@Service
@Transactional
public class CreditLimitRequests {

  private final CreditLimitRequestRepository requests;
  private final CustomerRepository customers;
  private final CustomerMasterData masterData;
  private final RuntimeService runtime;
  private final BusinessNumbers numbers;
  private final OrderToCashProperties properties;
  private final Clock clock;
  private final AsSystem asSystem;

  CreditLimitRequests(CreditLimitRequestRepository requests, CustomerRepository customers, CustomerMasterData masterData,
      RuntimeService runtime, BusinessNumbers numbers, OrderToCashProperties properties, Clock clock, AsSystem asSystem) {
    this.requests = requests;
    this.customers = customers;
    this.masterData = masterData;
    this.runtime = runtime;
    this.numbers = numbers;
    this.properties = properties;
    this.clock = clock;
    this.asSystem = asSystem;
  }

  /** What became of a request; {@code status} APPLIED or PENDING_APPROVAL. */
  public record Requested(String number, String customerCode, BigDecimal currentLimit, BigDecimal requestedLimit,
      String status, String requestedBy, Instant requestedAt, String decidedBy, String decisionNote) {
    static Requested of(CreditLimitRequest r) {
      return new Requested(r.getNumber(), r.getCustomerCode(), r.getCurrentLimit(), r.getRequestedLimit(),
          r.getStatus().name(), r.getRequestedBy(), r.getRequestedAt(), r.getDecidedBy(), r.getDecisionNote());
    }
  }

  /** Changes the limit now or asks for approval; the same {@code requestKey} again answers the first request. */
  public Requested request(String code, BigDecimal limit, String reason, String requestKey, String actor) {
    if (requestKey == null || requestKey.isBlank() || requestKey.length() > 100) {
      throw new DomainException.InvalidInput("Idempotency-Key",
          "Send an Idempotency-Key header (up to 100 characters) so that a repeated request changes the limit once");
    }
    java.util.Optional<CreditLimitRequest> earlier = requests.findByRequestKey(requestKey);
    if (earlier.isPresent()) {
      return Requested.of(earlier.get());
    }
    if (limit == null || limit.signum() < 0 || limit.scale() > 2) {
      throw new DomainException.InvalidInput("creditLimit", "creditLimit must be an amount of at least 0 with at most two decimals");
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw new DomainException.InvalidInput("reason", "Say why the limit changes (at most 2000 characters)");
    }
    Customer customer = customers.findById(code).orElseThrow(() -> new DomainException.NotFound("No customer " + code));
    BigDecimal current = customer.getCreditLimit();
    if (limit.compareTo(current) == 0) {
      throw new DomainException.InvalidInput("creditLimit", "The credit limit of " + code + " is "
          + Money.format(current, customer.getCurrency()) + " already");
    }
    String number = numbers.next("CL", "credit_limit_request_seq");
    boolean needsApproval = limit.subtract(current).compareTo(properties.credit().approvalAbove()) > 0;
    CreditLimitRequest request = requests.save(new CreditLimitRequest(number, code, current, limit, reason.strip(),
        needsApproval ? CreditLimitRequest.Status.PENDING_APPROVAL : CreditLimitRequest.Status.APPLIED, actor,
        clock.instant(), requestKey));
    if (needsApproval) {
      // the request is the user's act (checked by the API); starting its approval is the application's
      asSystem.run(() -> runtime.startProcessInstanceByKey(CreditLimitProcess.KEY, number, variables(request, customer)));
    } else {
      masterData.setCreditLimit(code, limit, number + ": " + reason.strip(), actor);
    }
    return Requested.of(request);
  }

  /** Both approved: the new limit applies (once, however often the step runs). */
  void approve(String number, String approvedBy) {
    CreditLimitRequest request = pending(number);
    if (request == null) {
      return;
    }
    masterData.setCreditLimit(request.getCustomerCode(), request.getRequestedLimit(),
        number + " approved by finance and " + approvedBy + ": " + request.getReason(), approvedBy);
    request.decide(CreditLimitRequest.Status.APPROVED, approvedBy, null, clock.instant());
  }

  void refuse(String number, String refusedBy, String note) {
    CreditLimitRequest request = pending(number);
    if (request != null) {
      request.decide(CreditLimitRequest.Status.REFUSED, refusedBy, note, clock.instant());
    }
  }

  @Transactional(readOnly = true)
  public List<Requested> of(String code) {
    return requests.findByCustomerCodeOrderByIdDesc(code).stream().map(Requested::of).toList();
  }

  private CreditLimitRequest pending(String number) {
    CreditLimitRequest request = requests.findByNumber(number)
        .orElseThrow(() -> new IllegalStateException("No credit-limit request " + number));
    return request.getStatus() == CreditLimitRequest.Status.PENDING_APPROVAL ? request : null;
  }

  private static Map<String, Object> variables(CreditLimitRequest request, Customer customer) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CreditLimitProcess.REQUEST_NUMBER.name(), request.getNumber());
    variables.put(CreditLimitProcess.CUSTOMER_CODE.name(), customer.getCode());
    variables.put(CreditLimitProcess.CUSTOMER_NAME.name(), customer.getName());
    variables.put(CreditLimitProcess.CURRENT_LIMIT_TEXT.name(), Money.format(request.getCurrentLimit(), customer.getCurrency()));
    variables.put(CreditLimitProcess.REQUESTED_LIMIT_TEXT.name(), Money.format(request.getRequestedLimit(), customer.getCurrency()));
    variables.put(CreditLimitProcess.REQUEST_REASON.name(), request.getReason());
    variables.put(CreditLimitProcess.REQUESTED_BY.name(), request.getRequestedBy());
    return variables;
  }
}
