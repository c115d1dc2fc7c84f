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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ordertocash.identity.TasklistFilterSetup;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A sales manager approves the seeded new-customer order (C-1004, Shenzhen Newtech) in the real
 * Tasklist under headless Chromium: log in through the login form, open the shared filter "My
 * group's tasks", open the order's "Review order" task from the list, check that the Camunda Form
 * shows the order, claim, approve, complete - and the order is CONFIRMED.
 *
 * <p>Skipped where Chromium is not installed, unless OTC_REQUIRE_BROWSER=true (see {@link Browser}).
 * On failure a screenshot and the page source are in {@code target/browser/}.
 */
@AppTest
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
    WebDriver driver = browser.start();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

    String number = jdbc.sql("select number from sales_order where idempotency_key = 'demo-new-customer'")
        .query(String.class).single();
    String taskId = await("Review order task of " + number).atMost(Duration.ofSeconds(30))
        .until(() -> reviewTask(number), Optional::isPresent)
        .map(task -> (String) task.get("id")).orElseThrow();

    // The test context names its engine uniquely (camunda.bpm.generate-unique-process-engine-name),
    // so the webapps know it by that name, not by "default" (which answers 500 here).
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/" + processEngine.getName() + "/");

    // Log in through the real form (the webapp sends the CSRF token itself).
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name=signinForm] input[ng-model=username]")));
    username.sendKeys("mike");
    driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys("demo");
    driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-widget-header]"), "Mike Manager"));

    // Branding from app/tasklist/scripts/config.js; the CE end-of-life banner hidden by user-styles.css.
    assertThat(driver.findElement(By.cssSelector("[cam-widget-header] .navbar-brand")).getText()).contains(COMPANY);
    assertThat(driver.getTitle()).contains(COMPANY);
    assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")))
        .as("Camunda 8 migration / end-of-life banner").allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    assertThat(driver.findElements(By.xpath("//*[contains(text(), 'migrate to Camunda 8')]")))
        .as("visible Camunda 8 migration text").noneMatch(WebElement::isDisplayed);

    // The shared filter, then the order's task in the list (the list shows only task names, so the
    // item is picked by its link to the task id; the form below proves it is the right order).
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(.), \""
            + TasklistFilterSetup.MY_GROUPS_TASKS + "\")]"))).click();
    WebElement taskLink = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("ol.tasks-list li.task h4.task a[href='#/?task=" + taskId + "']")));
    assertThat(taskLink.getText()).isEqualTo("Review order");
    taskLink.click();

    // The Camunda Form, rendered by form-js with the task's variables.
    By form = By.cssSelector("[cam-tasklist-form] .fjs-form");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(form, "Review order " + number));
    String formText = driver.findElement(form).getText();
    assertThat(formText).contains("Order " + number).contains(CUSTOMER).contains("C-1004")
        .contains("Entered by sally").contains("New customer: yes");

    // Unassigned group task: claim it first, then approve and complete.
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.assignee button.claim"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.assignee"), "Mike Manager"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(form, "Review order " + number));
    // Tasklist re-renders the form after the claim; a radio of the old rendering may go stale.
    By approve = By.xpath(
        "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='Approve']/input[@type='radio']");
    wait.ignoring(StaleElementReferenceException.class).until(d -> {
      WebElement radio = d.findElement(approve);
      if (!radio.isSelected()) {
        click(d, radio);
      }
      return radio.isSelected();
    });
    click(driver, wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'form-actions')]/button[contains(@class,'btn-primary')][normalize-space(.)='Complete']"))));

    // Tasklist drops the completed task from the list ...
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("ol.tasks-list a[href='#/?task=" + taskId + "']")));
    // ... and the order is confirmed, with no review task left.
    await("order " + number + " confirmed").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      Map<String, Object> order = order(number);
      assertThat(order).containsEntry("status", "CONFIRMED");
      assertThat(openTasks(order)).noneMatch(task -> taskId.equals(task.get("id")) || REVIEW_TASK.equals(task.get("taskDefinitionKey")));
    });
  }

  /** Scrolls the element to the middle of its pane first: the fixed page footer covers the bottom. */
  private static void click(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private Optional<Map<String, Object>> reviewTask(String number) {
    return openTasks(order(number)).stream().filter(task -> REVIEW_TASK.equals(task.get("taskDefinitionKey"))).findFirst();
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
