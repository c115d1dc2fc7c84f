package org.ordertocash.customer;

import org.ordertocash.config.DomainException;
import java.math.BigDecimal;
import java.util.List;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Customer master data as staff look it up when taking an order. */
@RestController
@RequestMapping("/api/customers")
public class CustomerController {

  private final CustomerRepository customers;
  private final CurrentUser currentUser;

  public CustomerController(CustomerRepository customers, CurrentUser currentUser) {
    this.customers = customers;
    this.currentUser = currentUser;
  }

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
      boolean blocked) {

    static CustomerView of(Customer c) {
      return new CustomerView(c.getCode(), c.getName(), c.getContactName(), c.getContactEmail(),
          c.getContactPhone(), c.getBillingAddress(), c.defaultDeliveryAddress(), c.getValueClass(),
          c.getCreditLimit(), c.getCurrency(), c.allowedPaymentTerms(), c.isBlocked());
    }
  }
}
