package org.ordertocash.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Browser;
import org.ordertocash.support.EngineRest;
import org.ordertocash.support.OrderDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * audrey in Chromium on the auditors' pages: logs in, finds an order a sales manager reviewed,
 * sees the path it took highlighted in its diagrams with counts, opens the routing decision with
 * its matched rule marked in the table, and saves the PDF report. sally is turned away.
 */
@DirtiesContext
@AppTest
class AuditorBrowserIT {

  @RegisterExtension static final Browser browser = Browser.create();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @Test
  void anAuditorFindsAnOrderSeesItsPathOpensADecisionAndSavesTheReport() throws Exception {
    OrderDesk desk = new OrderDesk(rest, engine.getTaskService());
    String number = desk.enter("sally", "C-1002", "[{\"sku\": \"P-400\", \"quantity\": 2}]");
    EngineRest.as(rest, "mike", engine.getName()).completeTask(number, "Task_ReviewOrder",
        Map.of("reviewDecision", "approve", "fulfilment", "PARTIAL_DELIVERY"));
    desk.awaitStatus(number, "CONFIRMED");

    WebDriver page = browser.start();
    page.get("http://localhost:" + port + "/audit/index.html");
    logIn(page, "audrey");
    page.findElement(By.name("number")).sendKeys(number);
    page.findElement(By.id("find")).click();
    browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.linkText(number))).click();

    // order-to-cash first: the review it called is passed, with how often
    WebElement review = passed("Task_CallOrderReview");
    assertThat(review.getAttribute("class")).contains("audit-passed");
    assertThat(page.findElements(By.cssSelector(".djs-overlay .audit-count"))).isNotEmpty();
    page.findElement(By.cssSelector("#processes button[data-process-key='order-review']")).click();
    passed("Task_ReviewOrder");
    assertThat(page.findElements(By.cssSelector("[data-element-id='Task_ReviseOrder'].audit-passed")))
        .as("a task the order never reached stays plain").isEmpty();
    assertThat(page.findElement(By.id("chain")).getText()).isEqualTo("Records unaltered");
    assertThat(page.findElement(By.id("timeline")).getText()).contains("completed by mike", "reviewDecision = approve");
    browser.saveArtifacts("audit-order-page");

    page.findElement(By.cssSelector("button.open-decision")).click();
    WebElement matched = browser.waitUpTo(Duration.ofSeconds(10)).until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#decision table.dmn tr.matched")));
    assertThat(page.findElement(By.cssSelector("#decision .inputs")).getText()).contains("Inputs:", "Customer class = B");
    assertThat(matched.getAttribute("data-rule")).startsWith("Rule_");
    browser.saveArtifacts("audit-decision");

    page.findElement(By.id("export-pdf")).click();
    browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("export-status"), "audit-" + number + ".pdf saved"));
    Path pdf = browser.downloads().resolve("audit-" + number + ".pdf");
    browser.waitUpTo(Duration.ofSeconds(20)).until(d -> Files.exists(pdf) && size(pdf) > 0);
    assertThat(new String(Files.readAllBytes(pdf), 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void staffAreTurnedAway() {
    WebDriver page = browser.start();
    page.get("http://localhost:" + port + "/audit/index.html");
    logIn(page, "sally");
    browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("login-error"), "Only auditors and administrators"));
    assertThat(page.findElement(By.id("search-area")).isDisplayed()).isFalse();
  }

  private static void logIn(WebDriver page, String user) {
    page.findElement(By.id("user")).sendKeys(user);
    page.findElement(By.id("password")).sendKeys("demo");
    page.findElement(By.cssSelector("#login button[type=submit]")).click();
  }

  private WebElement passed(String activityId) {
    return browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#diagram [data-element-id='" + activityId + "'].audit-passed")));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
