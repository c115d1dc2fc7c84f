package org.ordertocash.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderStatus;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Exposure counts every order we accepted and have not invoiced, whatever stage it is in. */
@AppTest
class CreditExposureServiceTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired CreditExposureService credit;
  @Autowired OrderLifecycle lifecycle;
  @Autowired TransactionTemplate transactions;

  @Test
  void everyCommittedStatusCountsTowardsExposureALostOrderDoesNot() {
    String number = confirmedOrder();   // 2 x 199.00
    BigDecimal withOrder = exposure();

    for (OrderStatus status : OrderStatus.COMMITTED) {
      transactions.executeWithoutResult(tx -> lifecycle.changeStatus(number, status, "test", "now " + status));
      assertThat(exposure()).as(status.name()).isEqualByComparingTo(withOrder);
    }

    transactions.executeWithoutResult(tx -> lifecycle.changeStatus(number, OrderStatus.LOST, "test", "lost"));
    assertThat(exposure()).isEqualByComparingTo(withOrder.subtract(new BigDecimal("398.00")));
  }

  /** C-1003's exposure for an unrelated order of no value: the two orders' amounts are in it or not. */
  private BigDecimal exposure() {
    return credit.assess("C-1003", "SO-NONE", BigDecimal.ZERO).exposure();
  }

  private String confirmedOrder() {
    String body = """
        {"customerCode": "C-1003", "channel": "PHONE", "lines": [{"sku": "P-100", "quantity": 2}],
         "requestedDeliveryDate": "%s", "paymentTerms": "NET_15"}
        """.formatted(LocalDate.now().plusDays(20));
    String number = (String) Api.as(rest, "sally").post("/api/orders", body).getBody().get("number");
    // Confirmed, then the shipment starts: wait until it waits for the warehouse, so nothing else moves the order.
    await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processDefinitionKey("shipment").processInstanceBusinessKey(number).count() > 0);
    return number;
  }
}
