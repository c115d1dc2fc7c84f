package org.ordertocash.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The changes other features make to an order, each recorded in its status history. */
@AppTest
class OrderLifecycleTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired OrderLifecycle lifecycle;
  @Autowired OrderRepository orders;
  @Autowired TransactionTemplate transactions;

  @Test
  void agreedTermsReplaceLinePricesAndPaymentTerms() {
    String number = confirmedOrder();

    inTransaction(() -> lifecycle.applyAgreedTerms(number, Map.of(1, new BigDecimal("150.00")), PaymentTerms.NET_60,
        "QT-2026-000009 v2", "mike"));

    SalesOrder order = order(number);
    assertThat(order.getLines().get(0).getUnitPrice()).isEqualByComparingTo("150.00");
    assertThat(order.getLines().get(1).getUnitPrice()).isEqualByComparingTo("89.90");
    assertThat(order.getTotalAmount()).isEqualByComparingTo("239.90");
    assertThat(order.getPaymentTerms()).isEqualTo(PaymentTerms.NET_60);
    assertThat(order.isNegotiated()).isTrue();
    assertThat(order.getAgreedQuotation()).isEqualTo("QT-2026-000009 v2");
    assertThat(lastChange(order).getReason()).isEqualTo("Prices and payment terms agreed in quotation QT-2026-000009 v2");
  }

  @Test
  void contractTermsAreTakenOverWhenTheContractIsSigned() {
    String number = confirmedOrder();
    LocalDate delivery = LocalDate.now().plusDays(45);

    inTransaction(() -> lifecycle.applyContractTerms(number, PaymentTerms.NET_60, delivery, "CT-2026-000003", "system"));

    SalesOrder order = order(number);
    assertThat(order.getStatus()).isEqualTo(OrderStatus.CONTRACT_SIGNED);
    assertThat(order.getPaymentTerms()).isEqualTo(PaymentTerms.NET_60);
    assertThat(order.getRequestedDeliveryDate()).isEqualTo(delivery);
    assertThat(lastChange(order).getReason()).isEqualTo("Contract CT-2026-000003 signed");
  }

  @Test
  void aSubstituteKeepsTheAgreedPriceAndTakesItsOwnListPrice() {
    String number = confirmedOrder();

    inTransaction(() -> lifecycle.substituteProduct(number, 2, "P-100", "walter", "P-300 out of stock"));

    SalesOrder order = order(number);
    OrderLine line = order.getLines().get(1);
    assertThat(line.getSku()).isEqualTo("P-100");
    assertThat(line.getUnitPrice()).isEqualByComparingTo("89.90");
    assertThat(line.getListPrice()).isEqualByComparingTo("199.00");
    assertThat(lastChange(order).getChangedBy()).isEqualTo("walter");
    assertThat(lastChange(order).getReason()).isEqualTo("Line 2: P-100 instead of P-300 (P-300 out of stock)");
    assertThatThrownBy(() -> inTransaction(() -> lifecycle.substituteProduct(number, 9, "P-100", "walter", null)))
        .hasMessageContaining("has no line 9");
  }

  private void inTransaction(Runnable change) {
    transactions.executeWithoutResult(tx -> change.run());
  }

  private SalesOrder order(String number) {
    return transactions.execute(tx -> {
      SalesOrder order = orders.findByNumber(number).orElseThrow();
      order.getLines().size();
      order.getStatusHistory().size();
      return order;
    });
  }

  private static OrderStatusChange lastChange(SalesOrder order) {
    return order.getStatusHistory().get(order.getStatusHistory().size() - 1);
  }

  /** 1 x P-100 at list price and 1 x P-300 at list price for C-1001: confirmed automatically. */
  private String confirmedOrder() {
    String body = """
        {"customerCode": "C-1001", "channel": "PHONE",
         "lines": [{"sku": "P-100", "quantity": 1}, {"sku": "P-300", "quantity": 1}],
         "requestedDeliveryDate": "%s"}
        """.formatted(LocalDate.now().plusDays(20));
    String number = (String) Api.as(rest, "sally").post("/api/orders", body).getBody().get("number");
    // Confirmed, then the shipment starts: wait until it waits for the warehouse, so nothing else moves the order.
    await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processDefinitionKey("shipment").processInstanceBusinessKey(number).count() > 0);
    return number;
  }
}
