package org.ordertocash.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.ordertocash.outbox.OutboxMessageView;
import org.ordertocash.outbox.OutboxService;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Confirming an order is a save point (ADR 0009): when queuing the confirmation fails, the order
 * stays in review, the job is retried on the configured cycle and then becomes an incident, and
 * operations' retry confirms the order once the cause is gone. Its own context: the customer
 * messages are a spy that fails for this class's customer only.
 */
@AppTest
class ConfirmationSavePointTest {

  @MockitoSpyBean CustomerMessages messages;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired OrderQueryService queries;
  @Autowired OutboxService outbox;

  @Test
  void aConfirmationThatFailsIsRetriedOnTheConfiguredCycleBecomesAnIncidentAndConfirmsWhenRetried() {
    String customer = TestCustomers.established(jdbc);
    doThrow(new IllegalStateException("outbox table is read-only"))
        .when(messages).orderConfirmed(argThat(order -> order != null && customer.equals(order.getCustomerCode())), any());

    ResponseEntity<java.util.Map> entered = Api.as(rest, "sally").post("/api/orders", """
        {"customerCode": "%s", "channel": "PHONE", "lines": [{"sku": "P-100", "quantity": 1}],
         "requestedDeliveryDate": "%s"}""".formatted(customer, LocalDate.now().plusDays(20)));
    assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) entered.getBody().get("number");

    Job failed = await().atMost(Duration.ofSeconds(30))
        .until(() -> confirmationJob(number), job -> job != null && job.getExceptionMessage() != null);
    assertThat(failed.getExceptionMessage()).contains("outbox table is read-only");
    // R3/PT5M from application.yml: two more tries left, the next one in five minutes
    assertThat(failed.getRetries()).isEqualTo(2);
    assertThat(failed.getDuedate().toInstant())
        .isBetween(Instant.now().plus(4, ChronoUnit.MINUTES), Instant.now().plus(5, ChronoUnit.MINUTES).plusSeconds(5));
    assertThat(queries.view(number).status()).isEqualTo(OrderStatus.IN_REVIEW);
    assertThat(outbox.messagesFor(number)).isEmpty();

    managementService.setJobRetries(failed.getId(), 1);
    assertThatThrownBy(() -> managementService.executeJob(failed.getId())).hasMessageContaining("read-only");
    Incident incident = runtimeService.createIncidentQuery()
        .processInstanceId(failed.getProcessInstanceId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("Task_ConfirmOrder");

    reset(messages);
    managementService.setJobRetries(failed.getId(), 1);
    managementService.executeJob(failed.getId());

    assertThat(queries.view(number).status()).isIn(OrderStatus.CONFIRMED, OrderStatus.SHIPPING);
    assertThat(outbox.messagesFor(number)).extracting(OutboxMessageView::type).containsExactly("ORDER_CONFIRMED");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(failed.getProcessInstanceId()).count()).isZero();
  }

  private Job confirmationJob(String number) {
    var review = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(OrderReviewProcess.KEY).singleResult();
    return review == null ? null : managementService.createJobQuery().processInstanceId(review.getId())
        .activityId("Task_ConfirmOrder").singleResult();
  }
}
