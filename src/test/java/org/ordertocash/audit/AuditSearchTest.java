package org.ordertocash.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.EngineRest;
import org.ordertocash.support.OrderDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** audrey's questions: each filter finds the orders it names and leaves out those it does not. */
@AppTest
class AuditSearchTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;
  @Autowired AuditTrail trail;
  @Autowired TransactionTemplate transaction;

  @Test
  void reviewedAndUnreviewedOrdersAreToldApart() {
    OrderDesk desk = new OrderDesk(rest, tasks);
    String automatic = desk.enter("sally", "C-1001", "[{\"sku\": \"P-100\", \"quantity\": 1}]");
    String reviewed = desk.enter("sally", "C-1002", "[{\"sku\": \"P-400\", \"quantity\": 2}]");
    EngineRest.as(rest, "mike", engine.getName()).completeTask(reviewed, "Task_ReviewOrder",
        Map.of("reviewDecision", "approve", "fulfilment", "PARTIAL_DELIVERY"));
    desk.awaitStatus(automatic, "CONFIRMED");
    desk.awaitStatus(reviewed, "CONFIRMED");

    assertThat(numbers("skippedManagerReview=true")).contains(automatic).doesNotContain(reviewed);
    assertThat(numbers("approvedBy=mike")).contains(reviewed).doesNotContain(automatic);
    assertThat(numbers("approvedBy=nina")).doesNotContain(reviewed);
    assertThat(numbers("user=mike")).contains(reviewed).doesNotContain(automatic);
    assertThat(numbers("user=sally")).contains(reviewed, automatic);
    assertThat(numbers("customer=C-1001")).contains(automatic).doesNotContain(reviewed);
    assertThat(numbers("number=" + reviewed)).containsExactly(reviewed);
    String status = (String) Api.as(rest, "audrey").get("/api/orders/" + reviewed).getBody().get("status");
    assertThat(numbers("status=" + status + "&customer=C-1002")).contains(reviewed);
    assertThat(numbers("status=CANCELLED&customer=C-1002")).doesNotContain(reviewed);
    String today = LocalDate.now().toString();
    assertThat(numbers("from=" + today + "&to=" + today)).contains(reviewed, automatic);
    assertThat(numbers("to=" + LocalDate.now().minusDays(1))).doesNotContain(reviewed, automatic);
  }

  @Test
  void discountsAndLateContractsAreFound() {
    String deep = record("DEEP", List.of(discount(35.5), status("CONFIRMED")));
    String slight = record("SLIGHT", List.of(discount(4)));
    String late = record("LATE", List.of(status("DELIVERED"), status("CONTRACT_SIGNED")));
    String inTime = record("INTIME", List.of(status("CONTRACT_SIGNED"), status("DELIVERED")));

    assertThat(numbers("discountAbove=30")).contains(deep).doesNotContain(slight);
    assertThat(numbers("discountAbove=3")).contains(deep, slight);
    assertThat(numbers("contractSignedAfterDelivery=true")).contains(late).doesNotContain(inTime, deep);
  }

  @Test
  void badQuestionsAreRefusedPlainly() {
    for (String query : List.of("limit=0", "limit=5000", "discountAbove=120", "from=2026-13-01",
        "from=2026-12-10&to=2026-12-01")) {
      assertThat(Api.as(rest, "audrey").getText("/api/audit/orders?" + query).getStatusCode()).as(query)
          .isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(Api.as(rest, "sally").getText("/api/audit/orders").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private List<String> numbers(String query) {
    List<Map<String, Object>> found = Api.as(rest, "audrey").getList("/api/audit/orders?limit=1000&" + query);
    return found.stream().map(f -> (String) f.get("orderNumber")).toList();
  }

  /** An order's records as the engine and the order module would write them, one transaction each. */
  private String record(String name, List<AuditEntry> entries) {
    String number = "AUD-" + name + "-" + UUID.randomUUID().toString().substring(0, 6);
    for (AuditEntry e : entries) {
      transaction.executeWithoutResult(status -> trail.record(AuditEntry.of(e.kind(), number, e.summary())
          .by("system").with("name", e.details().get("name")).with("value", e.details().get("value"))
          .with("status", e.details().get("status"))));
      awaitNextMillisecond();
    }
    return number;
  }

  /** Records are stamped to the millisecond; two in the same one would tie. */
  private static void awaitNextMillisecond() {
    long now = System.currentTimeMillis();
    while (System.currentTimeMillis() == now) {
      Thread.onSpinWait();
    }
  }

  private static AuditEntry discount(double percent) {
    return AuditEntry.of(AuditKind.VARIABLE_SET, null, "priceDeviationPercent set")
        .with("name", "priceDeviationPercent").with("value", percent);
  }

  private static AuditEntry status(String status) {
    return AuditEntry.of(AuditKind.STATUS_CHANGED, null, "Order " + status).with("status", status);
  }
}
