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
import org.ordertocash.support.FormSpecimens;
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
 * one sentence and stays open; a PDF opens from the link in a form with the Tasklist login. The form's
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
    assertThat(tasklist.formShowing("准备订单 " + order + " 的谈判")).contains("客户背景", "目标价（订单总额）", "¥1,600.00");
    screenshot(driver, "prepare-negotiation");

    tasklist.claim("Sally Seller", "准备订单 " + order + " 的谈判")
        .enter("目标价（订单总额）", "1000").enter("底线（可接受的最低总额）", "1500");
    String notice = tasklist.submitExpectingNotice("不得高于目标价");

    assertThat(notice).contains("底线（¥1,500.00）不得高于目标价（¥1,000.00）")
        .doesNotContain("ENGINE-", "Exception", "Cannot submit", taskId);
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the task stays open").isEqualTo(1);
    assertThat(tasklist.listedTaskIds()).contains(taskId);
    screenshot(driver, "prepare-negotiation-refused");

    String otherOrder = orderBelowListPrice(customer);
    EngineRest.as(rest, "sally", processEngine.getName()).awaitTask(otherOrder, "Task_PrepareNegotiation");
    tasklist.searchByOrderNumber("订单号", order);
    assertThat(tasklist.listedTasksOnceThey("only the order's task", ids -> ids.equals(java.util.Set.of(taskId))))
        .containsExactly(taskId);
    screenshot(driver, "search-by-order-number");

    DocumentView pdf = documents.storeOnce(DocumentKind.QUOTATION, "QT-ZH-" + order, 1, order, "QT-ZH-" + order + ".pdf",
        DocumentService.PDF, TestPdfs.titled("报价单 " + order), "sally");
    Map<String, Object> withDocument = new java.util.HashMap<>(FormSpecimens.sampleVariables());
    withDocument.put("contractSummary", "## 合同 CT-ZH-" + order + "，第 1 版\n\n- 第 1 版，sally：起草 — [PDF](/api/documents/"
        + pdf.id() + ")");
    String review = FormSpecimens.start(processEngine, "legal-review", withDocument);
    tasklist.showTask(review);
    tasklist.claim("Sally Seller", "CT-ZH-" + order);
    String tasklistWindow = driver.getWindowHandle();
    driver.findElement(By.cssSelector("[cam-tasklist-form] a[href$='/api/documents/" + pdf.id() + "']")).click();

    Path downloaded = browser.downloads().resolve(pdf.fileName());
    browser.waitUpTo(Duration.ofSeconds(15)).until(d -> Files.exists(downloaded) || pdfShownInAnyWindow(d));
    if (Files.exists(downloaded)) {
      assertThat(DocumentService.sha256(Files.readAllBytes(downloaded))).isEqualTo(pdf.sha256());
    }
    driver.switchTo().window(tasklistWindow);
  }

  /** The PDF opened in the browser's viewer, in this window or in one the link opened. */
  private static boolean pdfShownInAnyWindow(WebDriver driver) {
    String current = driver.getWindowHandle();
    for (String window : driver.getWindowHandles()) {
      driver.switchTo().window(window);
      if (pdfViewerShown(driver)) {
        return true;
      }
    }
    driver.switchTo().window(current);
    return false;
  }

  /**
   * Every form of forms/ as sally sees it in a Chinese browser at 1440×900, filled with the sample
   * values of src/test/resources/forms/sample-variables.json (each form through a one-task process
   * of its own, so no flow has to reach it): it renders, every text template resolves, required
   * fields are marked, and the browser console shows no failed request. One screenshot per form in
   * target/forms/ for review.
   */
  @Test
  void everyFormRendersInChinese() throws Exception {
    Map<String, Object> samples = FormSpecimens.sampleVariables();
    Map<String, String> tasks = FormSpecimens.startAll(processEngine, FormSpecimens.formIds(), samples);

    WebDriver driver = browser.start("zh-CN", 1440, 900);
    Tasklist tasklist = Tasklist.open(driver, port, processEngine.getName()).logIn("sally", "demo", "Sally Seller");
    for (Map.Entry<String, String> task : tasks.entrySet()) {
      String text = tasklist.showTask(task.getValue());
      assertThat(text).as("form %s", task.getKey()).doesNotContain("{{", "}}", "undefined", "[object")
          .containsPattern("\\p{IsHan}");
      assertThat(tasklist.requiredMarks()).as("required fields of %s marked", task.getKey())
          .isGreaterThanOrEqualTo(FormSpecimens.alwaysRequiredFields(task.getKey()));
      screenshot(driver, task.getKey());
    }
    assertThat(browser.consoleErrors()).as("browser console from the login page on, while showing every form").isEmpty();
  }

  /** Paula's Cockpit and the administrator's Admin in the same Chinese browser: our texts, no failed request. */
  @Test
  void cockpitAndAdminSpeakChinese() throws Exception {
    WebDriver driver = browser.start("zh-CN", 1440, 900);
    assertThat(webapp(driver, "cockpit", "paula", "Paula Owner")).contains("流程定义", "运行中的流程实例");
    screenshot(driver, "cockpit");
    driver.manage().deleteAllCookies();
    assertThat(webapp(driver, "admin", "admin", "Admin Administrator")).contains("用户", "组", "授权");
    screenshot(driver, "admin");
    assertThat(browser.consoleErrors()).as("browser console in Cockpit and Admin").isEmpty();
  }

  /** Logs in to a webapp through its form and answers the page's text once the dashboard shows. */
  private String webapp(WebDriver driver, String app, String user, String fullName) {
    driver.get("http://localhost:" + port + "/camunda/app/" + app + "/" + processEngine.getName() + "/");
    var wait = browser.waitUpTo(Duration.ofSeconds(30));
    wait.until(d -> !d.findElements(By.cssSelector("form[name=signinForm] input[ng-model=username]")).isEmpty());
    driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=username]")).sendKeys(user);
    driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys("demo");
    driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(d -> d.findElement(By.cssSelector("[cam-widget-header]")).getText().contains(fullName));
    wait.until(d -> d.findElement(By.tagName("body")).getText().codePoints().filter(Character::isIdeographic).count() > 20);
    return driver.findElement(By.tagName("body")).getText();
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
