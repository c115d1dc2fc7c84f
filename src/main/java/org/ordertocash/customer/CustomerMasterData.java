package org.ordertocash.customer;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.ordertocash.audit.AuditEntry;
import org.ordertocash.audit.AuditKind;
import org.ordertocash.audit.AuditTrail;
import org.ordertocash.config.ApiError;
import org.ordertocash.config.BusinessNumbers;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.EnumInput;
import org.ordertocash.config.Language;
import org.ordertocash.config.OrderToCashProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff maintain customers here: create, change, block and unblock, and set a credit limit (an
 * increase above the configured amount goes through {@link CreditLimitRequests} instead). Every
 * change is on the audit trail under the customer's code, with who, when, and the values before
 * and after.
 */
@Service
@Transactional
public class CustomerMasterData {

  private final CustomerRepository customers;
  private final BusinessNumbers numbers;
  private final AuditTrail trail;
  private final OrderToCashProperties properties;
  private final Clock clock;

  CustomerMasterData(CustomerRepository customers, BusinessNumbers numbers, AuditTrail trail,
      OrderToCashProperties properties, Clock clock) {
    this.customers = customers;
    this.numbers = numbers;
    this.trail = trail;
    this.properties = properties;
    this.clock = clock;
  }

  /** What a create request made, and whether it made it now (false: an earlier request with the same key did). */
  public record Created(CustomerView customer, boolean created) {}

  /**
   * A new customer with the next code (C-2001, …), no credit limit yet, not blocked. The same
   * {@code requestKey} again answers the customer the first request made.
   */
  public Created create(CustomerForm form, String requestKey, String actor) {
    if (requestKey == null || requestKey.isBlank() || requestKey.length() > 100) {
      throw new DomainException.InvalidInput("Idempotency-Key",
          "Send an Idempotency-Key header (up to 100 characters) so that a repeated request creates no second customer");
    }
    java.util.Optional<Customer> earlier = customers.findByRequestKey(requestKey);
    if (earlier.isPresent()) {
      return new Created(new CustomerView(earlier.get()), false);
    }
    Checked checked = check(form);
    String code = numbers.nextCode("C", "customer_code_seq");
    Customer customer = new Customer(code, form.name().strip(), form.contactName().strip(), form.contactEmail().strip(),
        form.contactPhone(), form.billingAddress(), form.deliveryAddress(), checked.valueClass(), BigDecimal.ZERO,
        properties.currency().getCurrencyCode(), checked.terms(), false, clock.instant());
    customer.setLanguage(checked.language());
    customer.setRequestKey(requestKey);
    customers.saveAndFlush(customer);
    trail.record(entry(code, "Customer " + code + " created", actor).with("after", snapshot(customer)));
    return new Created(new CustomerView(customer), true);
  }

  public CustomerView update(String code, CustomerForm form, String actor) {
    Customer customer = customer(code);
    Checked checked = check(form);
    String before = snapshot(customer);
    customer.update(form.name().strip(), form.contactName().strip(), form.contactEmail().strip(), form.contactPhone(),
        form.billingAddress(), form.deliveryAddress(), checked.valueClass(), checked.terms(), checked.language());
    String after = snapshot(customer);
    if (!before.equals(after)) {
      trail.record(entry(code, "Customer " + code + " changed", actor).with("before", before).with("after", after));
    }
    return new CustomerView(customer);
  }

  /** Blocks (no new orders on credit) or unblocks the customer; a reason is required either way. */
  public CustomerView block(String code, boolean blocked, String reason, String actor) {
    if (reason == null || reason.isBlank()) {
      throw new DomainException.InvalidInput("reason", "Say why the customer is " + (blocked ? "blocked" : "unblocked"));
    }
    Customer customer = customer(code);
    if (customer.isBlocked() != blocked) {
      customer.block(blocked);
      trail.record(entry(code, "Customer " + code + (blocked ? " blocked: " : " unblocked: ") + reason.strip(), actor)
          .with("reason", reason.strip()));
    }
    return new CustomerView(customer);
  }

  /** Sets the credit limit as decided (directly or after approval). */
  public void setCreditLimit(String code, BigDecimal limit, String why, String actor) {
    Customer customer = customer(code);
    BigDecimal before = customer.getCreditLimit();
    customer.changeCreditLimit(limit);
    trail.record(entry(code, "Credit limit of " + code + " changed from " + before.toPlainString() + " to "
        + limit.toPlainString() + ": " + why, actor).with("before", before.toPlainString())
        .with("after", limit.toPlainString()));
  }

  private static AuditEntry entry(String code, String summary, String actor) {
    return AuditEntry.of(AuditKind.MASTER_DATA_CHANGED, code, summary).by(actor);
  }

  private Customer customer(String code) {
    return customers.findById(code).orElseThrow(() -> new DomainException.NotFound("No customer " + code));
  }

  private record Checked(ValueClass valueClass, List<PaymentTerms> terms, Language language) {}

  private static Checked check(CustomerForm form) {
    List<ApiError.FieldError> errors = new ArrayList<>();
    ValueClass valueClass = EnumInput.parse(ValueClass.class, form.valueClass(), "valueClass", errors);
    List<PaymentTerms> terms = new ArrayList<>();
    for (String term : form.paymentTerms()) {
      PaymentTerms parsed = EnumInput.parse(PaymentTerms.class, term, "paymentTerms", errors);
      if (parsed != null && !terms.contains(parsed)) {
        terms.add(parsed);
      }
    }
    Language language = Language.ZH_CN;
    if (form.language() != null) {
      try {
        language = Language.of(form.language());
      } catch (IllegalArgumentException e) {
        errors.add(new ApiError.FieldError("language", "language must be zh-CN or en"));
      }
    }
    if (!errors.isEmpty()) {
      throw new DomainException.InvalidInput(errors.get(0).message(), errors);
    }
    return new Checked(valueClass, terms, language);
  }

  private static String snapshot(Customer c) {
    return String.join("; ", "name=" + c.getName(), "contact=" + c.getContactName() + " <" + c.getContactEmail() + ">",
        "phone=" + Objects.toString(c.getContactPhone(), ""), "billing=" + c.getBillingAddress().oneLine(),
        "delivery=" + c.defaultDeliveryAddress().oneLine(), "class=" + c.getValueClass(),
        "terms=" + c.allowedPaymentTerms(), "language=" + c.getLanguage().tag());
  }
}
