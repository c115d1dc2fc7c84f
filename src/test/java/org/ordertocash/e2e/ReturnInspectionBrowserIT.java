package org.ordertocash.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ordertocash.identity.TasklistFilterSetup;
import org.ordertocash.returns.ReturnFixtures;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Browser;
import org.ordertocash.support.Tasklist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * walter receives and inspects returned goods in the real Tasklist: the form names the RMA, the
 * product and why it came back; he records the condition, restocks the goods and notes what he
 * found; stock on hand rises and the return is settled. Skipped without Chromium unless
 * OTC_REQUIRE_BROWSER=true ({@link Browser}).
 */
// a context of its own, closed afterwards (see TasklistReviewBrowserIT)
@DirtiesContext
@AppTest
// English staff: the English forms (forms/en/), task names and texts; ChineseTasklistBrowserIT covers Chinese.
@TestPropertySource(properties = "ordertocash.language=en")
class ReturnInspectionBrowserIT {

  @RegisterExtension static final Browser browser = Browser.create();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine processEngine;
  @Autowired ShipmentRepository shipments;
  @Autowired Clock clock;

  @Test
  void theWarehouseRecordsAnInspectionAndRestocksTheGoods() {
    ReturnFixtures fixtures = new ReturnFixtures(rest, jdbc, processEngine.getRuntimeService(),
        processEngine.getTaskService(), shipments, clock);
    String order = fixtures.deliveredOrder(4);
    int onHand = fixtures.onHand(fixtures.chair);
    String number = (String) fixtures.requestReturn(order, "DEFECTIVE", "REFUND", 1, 1).getBody().get("number");
    Task task = await().atMost(Duration.ofSeconds(30)).until(() -> processEngine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(order).taskDefinitionKey("Task_InspectGoods").singleResult(), t -> t != null);
    String rma = (String) Api.as(rest, "walter").get("/api/returns/" + number).getBody().get("rmaNumber");

    Tasklist tasklist = Tasklist.open(browser.start(), port, processEngine.getName())
        .logIn("walter", "demo", "Walter Warehouse");
    assertThat(tasklist.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS).openTask(task.getId()))
        .startsWith("Receive and inspect returned goods · ");
    String heading = "Returned goods under " + rma;
    assertThat(tasklist.formShowing(heading)).contains("1 pcs Return test product " + fixtures.chair,
        "Reason: Defective", "The customer wants: Money back", "Delivered: 4 days ago; return window 30 days");
    browser.saveArtifacts("return-inspection-form");

    tasklist.claim("Walter Warehouse", heading).choose("Defective").choose("Back into stock")
        .type("Inspection notes", "Gas lift leaks; frame and fabric fine");
    tasklist.complete(task.getId());

    Map<String, Object> settled = await().atMost(Duration.ofSeconds(30)).until(
        () -> Api.as(rest, "audrey").get("/api/returns/" + number).getBody(), r -> "CLOSED".equals(r.get("status")));
    assertThat(settled).containsEntry("inspectedBy", "walter").containsEntry("goodsCondition", "DEFECTIVE")
        .containsEntry("disposition", "RESTOCK").containsEntry("inspectionNotes", "Gas lift leaks; frame and fabric fine");
    assertThat(fixtures.onHand(fixtures.chair)).isEqualTo(onHand + 1);
  }
}
