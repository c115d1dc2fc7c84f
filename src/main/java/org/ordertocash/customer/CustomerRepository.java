package org.ordertocash.customer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, String> {

  List<Customer> findAllByOrderByCode();

  java.util.Optional<Customer> findByRequestKey(String requestKey);
}
