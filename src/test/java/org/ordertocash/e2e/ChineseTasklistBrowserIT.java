package org.ordertocash.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentService;
import org.ordertocash.document.DocumentView;
import org.ordertocash.document.TestPdfs;
import org.ordertocash.identity.TasklistFilterSetup;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Browser;
import org.ordertocash.support.EngineRest;
import org.ordertocash.support.Tasklist;
import org.ordertocash.support.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Sally works in a Chinese browser (zh-CN, 1440×900): Tasklist speaks Chinese, her task's card
 * names the order, the Chinese customer and the amount in yuan; a refused form shows the listener's
 * one sentence and stays open; a PDF opens in the same browser with the Tasklist login. The form's
 * screenshot is written to target/forms/ for review.
 */
@DirtiesContext
@AppTest
class ChineseTasklistBrowserIT {

  static final Path SCREENSHOTS = Path.of("target", "forms");

  @RegisterExtension static final Browser browser = Browser.create();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine processEngine;
  @Autowired DocumentService documents;

  @Test
  void sallyWorksHerTaskInChinese() throws Exception {
    String customer = TestCustomers.chinese(jdbc);
    String order = orderBelowListPrice(customer);
    String taskId = EngineRest.as(rest, "sally", processEngine.getName()).awaitTask(order, "Task_PrepareNegotiation");

    WebDriver driver = browser.start("zh-CN", 1440, 900);
    Tasklist tasklist = Tasklist.open(driver, port, processEngine.getName()).logIn("sally", "demo", "Sally Seller");
    String card = tasklist.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS).openTask(taskId);

    assertThat(card).isEqualTo("准备谈判 · " + order + " · " + TestCustomers.chineseName(customer) + " · ¥1,600.00");
    assertThat(driver.findElement(By.tagName("body")).getText()).as("Tasklist in Chinese").contains("创建时间", "键盘快捷键");
    tasklist.formShowing("Prepare the negotiation of order " + order);
    screenshot(driver, "prepare-negotiation");

    tasklist.claim("Sally Seller", "Prepare the negotiation of order " + order)
        .enter("Target price (order total)", "1000").enter("Bottom line (lowest acceptable total)", "1500");
    String notice = tasklist.submitExpectingNotice("must not be above the target");

    assertThat(notice).doesNotContain("ENGINE-", "Exception", "Cannot submit", taskId);
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the task stays open").isEqualTo(1);
    assertThat(tasklist.listedTaskIds()).contains(taskId);
    screenshot(driver, "prepare-negotiation-refused");

    DocumentView pdf = documents.storeOnce(DocumentKind.QUOTATION, "QT-ZH-" + order, 1, order, "QT-ZH-" + order + ".pdf",
        DocumentService.PDF, TestPdfs.titled("报价单 " + order), "sally");
    driver.get("http://localhost:" + port + "/api/documents/" + pdf.id());
    Path downloaded = browser.downloads().resolve(pdf.fileName());
    browser.waitUpTo(Duration.ofSeconds(15)).until(d -> Files.exists(downloaded) || pdfViewerShown(d));
    if (Files.exists(downloaded)) {
      assertThat(DocumentService.sha256(Files.readAllBytes(downloaded))).isEqualTo(pdf.sha256());
    }
  }

  private static boolean pdfViewerShown(WebDriver driver) {
    return !driver.findElements(By.cssSelector("embed[type='application/pdf'], pdf-viewer")).isEmpty();
  }

  private String orderBelowListPrice(String customer) {
    ResponseEntity<Map> created = Api.as(rest, "sally").post("/api/orders", """
        {"customerCode": "%s", "channel": "PHONE", "lines": [{"sku": "P-200", "quantity": 2, "unitPrice": 800.00}],
         "requestedDeliveryDate": "%s"}
        """.formatted(customer, LocalDate.now().plusDays(20)), "zh-browser-" + System.nanoTime());
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    return (String) created.getBody().get("number");
  }

  private static void screenshot(WebDriver driver, String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + "-zh-CN.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
