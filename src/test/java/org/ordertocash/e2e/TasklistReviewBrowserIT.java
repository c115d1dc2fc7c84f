package org.ordertocash.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.ordertocash.identity.TasklistFilterSetup;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Browser;
import org.ordertocash.support.Tasklist;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff work seeded demo orders in the real Tasklist under headless Chromium: log in through the
 * login form, open the shared filter "我组的任务" (my group's tasks), open the order's task from the list, see
 * the Camunda Form show the order, claim, decide, complete. A sales manager approves the new
 * customer's order (C-1004, Shenzhen Newtech); finance releases a credit hold (C-1005). Both
 * orders end CONFIRMED.
 *
 * <p>Skipped where Chromium is not installed, unless OTC_REQUIRE_BROWSER=true (see {@link Browser}).
 * On failure a screenshot and the page source are in {@code target/browser/}.
 */
// A context of its own, closed afterwards: the webapps find their engine through Camunda's static
// container registry, which a context started and closed in between (the PostgreSQL ITs) leaves
// unusable for an older cached context (Tasklist answered 500).
@DirtiesContext
@AppTest
// English staff: the English forms (forms/en/), task names and texts; ChineseTasklistBrowserIT covers Chinese.
@TestPropertySource(properties = "ordertocash.language=en")
@SuppressWarnings("unchecked")
class TasklistReviewBrowserIT {

  private static final String COMPANY = "Order-to-Cash Trading Co.";
  private static final String CUSTOMER = "Shenzhen Newtech";
  private static final String REVIEW_TASK = "Task_ReviewOrder";

  @RegisterExtension static final Browser browser = Browser.create();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine processEngine;

  @Test
  void salesManagerApprovesTheNewCustomersOrderInTasklist() {
    String number = seededOrder("demo-new-customer");
    String taskId = awaitOpenTask(number, REVIEW_TASK);

    WebDriver driver = browser.start();
    Tasklist tasklist = Tasklist.open(driver, port, processEngine.getName()).logIn("mike", "demo", "Mike Manager");

    // Branding from app/tasklist/scripts/config.js; the CE end-of-life banner hidden by user-styles.css.
    assertThat(driver.findElement(By.cssSelector("[cam-widget-header] .navbar-brand")).getText()).contains(COMPANY);
    assertThat(driver.getTitle()).contains(COMPANY);
    assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")))
        .as("Camunda 8 migration / end-of-life banner").allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    assertThat(driver.findElements(By.xpath("//*[contains(text(), 'migrate to Camunda 8')]")))
        .as("visible Camunda 8 migration text").noneMatch(WebElement::isDisplayed);
    assertThat(driver.findElements(By.cssSelector(".start-process-action, .create-task-action, .brand-logo")))
        .as("actions staff cannot use, the vendor's logo").isNotEmpty().noneMatch(WebElement::isDisplayed);

    assertThat(tasklist.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS).openTask(taskId))
        .as("the card tells order, customer and amount").startsWith("Review order · " + number + " · " + CUSTOMER).contains(" · ¥");
    assertThat(tasklist.formShowing("Review order " + number))
        .contains("Order " + number).contains(CUSTOMER).contains("C-1004")
        .contains("Entered by sally").contains("New customer: yes");

    tasklist.claim("Mike Manager", "Review order " + number).choose("Approve").complete(taskId);

    awaitStatus(number, "CONFIRMED", taskId);
  }

  @Test
  void financeReleasesACreditHoldWithAReason() {
    String number = seededOrder("demo-credit-hold");
    String taskId = awaitOpenTask(number, "Task_ReviewCreditHold");

    Tasklist tasklist = Tasklist.open(browser.start(), port, processEngine.getName()).logIn("fiona", "demo", "Fiona Finance");

    assertThat(tasklist.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS).openTask(taskId)).startsWith("Review credit hold · " + number + " · ");
    assertThat(tasklist.formShowing("Credit hold on order " + number))
        .contains("Guangzhou Late Payers").contains("Overdue receivables");

    tasklist.claim("Fiona Finance", "Credit hold on order " + number)
        .choose("Release the hold").type("Reason", "Customer paid the overdue invoice today")
        .complete(taskId);

    awaitStatus(number, "CONFIRMED", taskId);
    assertThat((List<Map<String, Object>>) order(number).get("statusHistory"))
        .anySatisfy(change -> assertThat(change).containsEntry("status", "CONFIRMED").containsEntry("changedBy", "fiona"));
  }

  private String seededOrder(String idempotencyKey) {
    return jdbc.sql("select number from sales_order where idempotency_key = ?").param(idempotencyKey)
        .query(String.class).single();
  }

  private String awaitOpenTask(String number, String taskKey) {
    return await(taskKey + " of " + number).atMost(Duration.ofSeconds(30))
        .until(() -> openTasks(order(number)).stream().filter(task -> taskKey.equals(task.get("taskDefinitionKey"))).findFirst(),
            Optional::isPresent)
        .map(task -> (String) task.get("id")).orElseThrow();
  }

  private void awaitStatus(String number, String status, String completedTaskId) {
    await("order " + number + " " + status).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      Map<String, Object> order = order(number);
      assertThat((List<Map<String, Object>>) order.get("statusHistory")).extracting(change -> change.get("status"))
          .as("reached " + status).contains(status);
      assertThat(openTasks(order)).noneMatch(task -> completedTaskId.equals(task.get("id")));
    });
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> order(String number) {
    return Api.as(rest, "sally").get("/api/orders/" + number).getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> openTasks(Map<String, Object> order) {
    Object process = order.get("process");
    if (!(process instanceof Map<?, ?> map) || map.get("openTasks") == null) {
      return List.of();
    }
    return (List<Map<String, Object>>) map.get("openTasks");
  }
}
