package org.ordertocash.customer;

import org.ordertocash.config.DomainException;
import java.math.BigDecimal;
import java.util.List;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Customer master data as staff look it up when taking an order. */
@RestController
@RequestMapping("/api/customers")
public class CustomerController {

  private final CustomerRepository customers;
  private final CurrentUser currentUser;
  private final CustomerMasterData masterData;
  private final CreditLimitRequests creditLimits;

  public CustomerController(CustomerRepository customers, CurrentUser currentUser, CustomerMasterData masterData,
      CreditLimitRequests creditLimits) {
    this.customers = customers;
    this.currentUser = currentUser;
    this.masterData = masterData;
    this.creditLimits = creditLimits;
  }

  /** A new customer (sales, sales managers); 201, or 200 with the same customer for a repeated request. */
  @PostMapping
  public ResponseEntity<CustomerView> create(@RequestHeader(name = "Idempotency-Key", required = false) String requestKey,
      @Valid @RequestBody CustomerForm form) {
    currentUser.requireAnyGroup(MAINTAINERS);
    CustomerMasterData.Created created = masterData.create(form, requestKey, currentUser.id());
    return ResponseEntity.status(created.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .header("Idempotent-Replayed", String.valueOf(!created.created()))
        .body(CustomerView.of(customers.findById(created.customer().getCode()).orElseThrow()));
  }

  /** Changes everything but the credit limit and the block (sales, sales managers). */
  @PutMapping("/{code}")
  public CustomerView update(@PathVariable String code, @Valid @RequestBody CustomerForm form) {
    currentUser.requireAnyGroup(MAINTAINERS);
    masterData.update(code, form, currentUser.id());
    return get(code);
  }

  /** Blocks or unblocks the customer with a reason (finance). */
  @PostMapping("/{code}/{action:block|unblock}")
  public CustomerView block(@PathVariable String code, @PathVariable String action, @RequestBody(required = false) Reason body) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    masterData.block(code, "block".equals(action), body == null ? null : body.reason(), currentUser.id());
    return get(code);
  }

  /**
   * Sets the credit limit (finance, sales managers): 200 when it applies at once, 202 when the
   * increase waits for approval (credit-limit-increase.bpmn).
   */
  @PostMapping("/{code}/credit-limit")
  public ResponseEntity<CreditLimitRequests.Requested> creditLimit(@PathVariable String code,
      @RequestHeader(name = "Idempotency-Key", required = false) String requestKey,
      @RequestBody(required = false) CreditLimitChange body) {
    currentUser.requireAnyGroup(Groups.FINANCE, Groups.SALES_MANAGERS);
    if (body == null) {
      throw new DomainException.InvalidInput("body", "Send the new limit as JSON: creditLimit, reason");
    }
    CreditLimitRequests.Requested requested =
        creditLimits.request(code, body.creditLimit(), body.reason(), requestKey, currentUser.id());
    boolean pending = "PENDING_APPROVAL".equals(requested.status());
    return ResponseEntity.status(pending ? HttpStatus.ACCEPTED : HttpStatus.OK).body(requested);
  }

  @GetMapping("/{code}/credit-limit-requests")
  public List<CreditLimitRequests.Requested> creditLimitRequests(@PathVariable String code) {
    requireStaff();
    get(code);
    return creditLimits.of(code);
  }

  public record Reason(String reason) {}

  public record CreditLimitChange(BigDecimal creditLimit, String reason) {}

  private static final String[] MAINTAINERS = {Groups.SALES, Groups.SALES_MANAGERS};

  @GetMapping
  public List<CustomerView> list() {
    requireStaff();
    return customers.findAllByOrderByCode().stream().map(CustomerView::of).toList();
  }

  @GetMapping("/{code}")
  public CustomerView get(@PathVariable String code) {
    requireStaff();
    return customers.findById(code).map(CustomerView::of)
        .orElseThrow(() -> new DomainException.NotFound("No customer " + code));
  }

  private void requireStaff() {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
  }

  public record CustomerView(String code, String name, String contactName, String contactEmail,
      String contactPhone, Address billingAddress, Address deliveryAddress, ValueClass valueClass,
      BigDecimal creditLimit, String currency, List<PaymentTerms> allowedPaymentTerms,
      boolean blocked, String language) {

    static CustomerView of(Customer c) {
      return new CustomerView(c.getCode(), c.getName(), c.getContactName(), c.getContactEmail(),
          c.getContactPhone(), c.getBillingAddress(), c.defaultDeliveryAddress(), c.getValueClass(),
          c.getCreditLimit(), c.getCurrency(), c.allowedPaymentTerms(), c.isBlocked(), c.getLanguage().tag());
    }
  }
}
