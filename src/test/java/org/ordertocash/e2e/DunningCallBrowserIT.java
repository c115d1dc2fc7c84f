package org.ordertocash.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.ordertocash.billing.BillingFixtures;
import org.ordertocash.dunning.DunningFixtures;
import org.ordertocash.identity.TasklistFilterSetup;
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
 * fiona calls a class A customer about an overdue invoice in the real Tasklist: the form shows
 * whom to call and what is open; she records the customer's promise (date from the date picker,
 * amount), and dunning pauses until that date. Skipped without Chromium unless
 * OTC_REQUIRE_BROWSER=true ({@link Browser}).
 */
// a context of its own, closed afterwards (see TasklistReviewBrowserIT)
@DirtiesContext
@AppTest
// English staff: the English forms (forms/en/), task names and texts; ChineseTasklistBrowserIT covers Chinese.
@TestPropertySource(properties = "ordertocash.language=en")
@SuppressWarnings("unchecked")
class DunningCallBrowserIT {

  @RegisterExtension static final Browser browser = Browser.create();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine processEngine;
  @Autowired ShipmentRepository shipments;
  @Autowired Clock clock;

  @Test
  void financeRecordsTheCustomersPromiseFromTheCall() {
    BillingFixtures billing = new BillingFixtures(rest, jdbc, processEngine.getRuntimeService(),
        processEngine.getTaskService(), shipments, clock);
    String order = billing.invoicedOrder();
    String invoice = billing.invoiceOf(order);
    // five days overdue, and dunning looks at it now: a class A customer gets a call at the first level
    DunningFixtures dunnings = new DunningFixtures(processEngine, jdbc, clock);
    dunnings.reviewAt(invoice, 5);
    ProcessInstance dunning = dunnings.dunningOf(invoice);
    Task call = await().atMost(Duration.ofSeconds(30)).until(() -> processEngine.getTaskService().createTaskQuery()
        .processInstanceId(dunning.getId()).taskDefinitionKey("Task_CallCustomer").singleResult(), t -> t != null);

    WebDriver driver = browser.start();
    Tasklist tasklist = Tasklist.open(driver, port, processEngine.getName()).logIn("fiona", "demo", "Fiona Finance");
    assertThat(tasklist.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS).openTask(call.getId())).startsWith("Call customer · " + order + " · ");
    String heading = "Call about overdue invoice " + invoice;
    assertThat(tasklist.formShowing(heading)).contains("Test Buyer", "462.10", "5 days overdue", "Payment reminder");
    LocalDate promised = LocalDate.now(clock).plusDays(7);

    tasklist.claim("Fiona Finance", heading).choose("Promised to pay")
        .enter("Will pay by", promised.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")))
        .enter("Amount promised", "300")
        .complete(call.getId());

    Map<String, Object> view = Api.as(rest, "fiona").get("/api/dunning/" + invoice).getBody();
    assertThat((List<Map<String, Object>>) view.get("promises")).singleElement().satisfies(p -> assertThat(p)
        .containsEntry("promisedDate", promised.toString()).containsEntry("amount", 300.0)
        .containsEntry("recordedBy", "fiona"));
    assertThat(processEngine.getRuntimeService().getActiveActivityIds(dunning.getId()))
        .containsExactly("Event_PromisedDatePassed");
  }
}
