package org.ordertocash.customer;

import java.util.Optional;

import org.ordertocash.config.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer module's API: customers by code, read-only. */
@Service
public class CustomerDirectory {

  private final CustomerRepository customers;

  public CustomerDirectory(CustomerRepository customers) {
    this.customers = customers;
  }

  @Transactional(readOnly = true)
  public Optional<CustomerView> find(String code) {
    return customers.findById(code).map(CustomerView::new);
  }

  /** The customer; {@link DomainException.NotFound} if there is none. */
  @Transactional(readOnly = true)
  public CustomerView get(String code) {
    return find(code).orElseThrow(() -> new DomainException.NotFound("No customer " + code));
  }
}
