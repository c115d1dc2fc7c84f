package org.ordertocash.order;

import org.ordertocash.config.BusinessNumbers;
import org.springframework.stereotype.Component;

/** Order numbers such as SO-2026-000042. */
@Component
public class OrderNumberGenerator {

  private final BusinessNumbers numbers;

  public OrderNumberGenerator(BusinessNumbers numbers) {
    this.numbers = numbers;
  }

  public String next() {
    return numbers.next("SO", "sales_order_number_seq");
  }
}
