package org.ordertocash.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ordertocash.identity.TasklistFilterSetup;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Browser;
import org.ordertocash.support.EngineRest;
import org.ordertocash.support.Tasklist;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * A sales manager approves a discounted quotation in the real Tasklist under headless Chromium.
 *
 * <p>Sally enters an order for 2 standing desks (P-200, list ¥1,299.00) far below list price for
 * Huaxin Trading Co. (C-1001); review hands it to negotiation. Sally opens the prepare and propose
 * forms in Tasklist (they must render without raw {@code {{...}}} templating; screenshots in
 * {@code target/browser/}) and completes both through /engine-rest as Tasklist would. The proposed
 * price decides the route (bpmn/discount-authority.dmn):
 *
 * <ul>
 *   <li>1,039.20 = 20.00 % below list: one sales manager. Mike opens "My group's tasks", sees the
 *       lines, discount, total and route in the form, approves with a comment; the quotation is
 *       SENT and the approval recorded as his. Sally, the proposer, sees no approval task.
 *   <li>850.00 = 34.57 % below list: sales director route, two different managers. Mike approves
 *       first; four-eyes: the second approval never shows in Mike's list, Nina sees it and approves.
 * </ul>
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
class DiscountApprovalBrowserIT {

  /** Tasklist shows this many tasks before one scrolls for more. */
  private static final int TASKLIST_PAGE = 15;

  @RegisterExtension static final Browser browser = Browser.create();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine processEngine;

  @Test
  void salesManagerApprovesADiscountSeeingLinesDiscountAndTotalInTasklist() {
    String order = enterOrderBelowListPrice("browser-discount-manager");

    // Sally: the negotiation forms render in Tasklist (no raw templating), then she works them like Tasklist does.
    String prepareId = engineRest("sally").awaitTask(order, "Task_PrepareNegotiation");
    Tasklist sallys = Tasklist.open(browser.start(), port, processEngine.getName()).logIn("sally", "demo", "Sally Seller");
    assertThat(sallys.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS).openTask(prepareId)).startsWith("Prepare negotiation · " + order + " · ");
    assertRendered(sallys.formShowing("Prepare the negotiation of order " + order))
        .contains("Customer background").contains("Huaxin Trading Co.").contains("The order as entered")
        .contains("P-200").contains("Target price (order total)").contains("Negotiation team");
    browser.saveArtifacts("DiscountApprovalBrowserIT-prepare-negotiation");
    prepare(order);

    String proposeId = engineRest("sally").awaitTask(order, "Task_ProposeQuotation");
    sallys = Tasklist.open(browser.driver(), port, processEngine.getName());
    assertThat(sallys.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS).openTask(proposeId)).startsWith("Propose quotation · " + order + " · ");
    assertRendered(sallys.formShowing("Propose a quotation for order " + order))
        .contains("The first version of the quotation.").contains("Target price: ¥2,200.00", "bottom line: ¥1,900.00")
        .contains("Line 1: P-200 Standing desk × 2 — list price ¥1,299.00, discount so far 38.41 %")
        .contains("Unit price").contains("Payment terms");
    browser.saveArtifacts("DiscountApprovalBrowserIT-propose-quotation");
    propose(order, 1039.20);

    String approvalId = engineRest("mike").awaitTask(order, "Task_ApproveQuotation");
    String quotation = (String) engineRest("mike").variables(approvalId).get("quotationNumber");
    assertThat(quotation).matches("QT-\\d{4}-\\d{6}");

    // Four-eyes: the proposer sees no approval task, neither in Tasklist nor through REST.
    sallys = Tasklist.open(browser.driver(), port, processEngine.getName());
    sallys.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS);
    Set<String> sallysList = awaitListOfMyGroupsTasks(sallys, "sally");
    assertThat(sallysList).doesNotContain(approvalId, proposeId);
    assertThat(engineRest("sally").openTaskId(order, "Task_ApproveQuotation")).isNull();

    // Mike: finds the task in his group's list, sees what he approves, approves with a comment.
    Tasklist mikes = Tasklist.open(browser.start(), port, processEngine.getName()).logIn("mike", "demo", "Mike Manager");
    assertThat(mikes.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS).openTask(approvalId))
        .startsWith("Approve quotation (sales manager) · " + order + " · ");
    String form = assertRenderedText(mikes.formShowing("Quotation " + quotation + ", version 1"));
    assertThat(form)
        .contains("Sales manager approval").contains("Order " + order)
        .contains("Route: sales manager — Discount above 15 %: sales manager")
        .contains("proposed by sally").contains("P-200").contains("¥1,299.00").contains("20.00 %")
        .contains("¥1,039.20").contains("¥2,078.40").contains("Total: ¥2,078.40")
        .contains("largest discount 20.00 %").contains("payment terms Net 30 days")
        .contains("Target price: ¥2,200.00").contains("bottom line: ¥1,900.00")
        .contains("Note from sales: Round for " + order)
        .doesNotContain("below the bottom line").doesNotContain("+ finance");
    browser.saveArtifacts("DiscountApprovalBrowserIT-approve-quotation");

    mikes.claim("Mike Manager", "Quotation " + quotation).choose("Approve")
        .type("Comment", "20 % is fine for two desks to Huaxin").complete(approvalId);

    // sending is a save point: a job sends the quotation right after mike's approval
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Api.as(rest, "audrey")
        .get("/api/quotations/" + quotation).getBody())
        .containsEntry("status", "SENT").containsEntry("awaitingAnswer", true).containsEntry("currentVersion", 1));
    Map<String, Object> version = Api.as(rest, "audrey").getList("/api/quotations/" + quotation + "/versions").get(0);
    assertThat(version).containsEntry("status", "SENT").containsEntry("approvalRoute", "SALES_MANAGER")
        .containsEntry("proposedBy", "sally").containsEntry("totalAmount", 2078.40).containsEntry("maxDiscountPercent", 20.00);
    assertThat((List<Map<String, Object>>) version.get("approvals")).singleElement().satisfies(approval -> assertThat(approval)
        .containsEntry("step", "SALES_MANAGER").containsEntry("decision", "approve").containsEntry("approver", "mike")
        .containsEntry("comment", "20 % is fine for two desks to Huaxin"));
    assertThat(engineRest("mike").openTaskId(order, "Task_ApproveQuotation")).isNull();
  }

  @Test
  void deepDiscountNeedsASecondManagerAndTheFirstNeverSeesTheSecondApproval() {
    String order = enterOrderBelowListPrice("browser-discount-director");
    prepare(order);
    propose(order, 850.00);

    String firstId = engineRest("mike").awaitTask(order, "Task_ApproveQuotation");
    String quotation = (String) engineRest("mike").variables(firstId).get("quotationNumber");
    ResponseEntity<String> first = engineRest("mike").complete(firstId,
        Map.of("approvalDecision", "approve", "approvalComment", "Fine by me, second opinion please"));
    assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(204);
    String secondId = engineRest("nina").awaitTask(order, "Task_ApproveQuotation");

    // Four-eyes: Mike's list is complete and still without the second approval.
    Tasklist mikes = Tasklist.open(browser.start(), port, processEngine.getName()).logIn("mike", "demo", "Mike Manager");
    mikes.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS);
    assertThat(awaitListOfMyGroupsTasks(mikes, "mike")).doesNotContain(secondId, firstId);
    assertThat(engineRest("mike").openTaskId(order, "Task_ApproveQuotation")).isNull();

    Tasklist ninas = Tasklist.open(browser.start(), port, processEngine.getName()).logIn("nina", "demo", "Nina Navarro");
    assertThat(ninas.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS).openTask(secondId))
        .startsWith("Approve quotation (second sales manager) · " + order + " · ");
    assertThat(assertRenderedText(ninas.formShowing("Quotation " + quotation + ", version 1")))
        .contains("Sales director approval: second sales manager")
        .contains("Route: sales director (two sales managers) — Discount above 30 %: sales director (two sales managers)")
        .contains("34.57 %").contains("¥850.00").contains("Total: ¥1,700.00")
        .contains("below the bottom line");
    ninas.claim("Nina Navarro", "Quotation " + quotation).choose("Approve")
        .type("Comment", "Agreed as sales director").complete(secondId);

    // sending is a save point: a job sends the quotation right after nina's approval
    Map<String, Object> version = await().atMost(Duration.ofSeconds(60)).until(
        () -> Api.as(rest, "audrey").getList("/api/quotations/" + quotation + "/versions").get(0),
        v -> "SENT".equals(v.get("status")));
    assertThat(version).containsEntry("approvalRoute", "SALES_DIRECTOR");
    assertThat((List<Map<String, Object>>) version.get("approvals"))
        .extracting(a -> a.get("step") + " " + a.get("decision") + " " + a.get("approver"))
        .containsExactly("SALES_MANAGER approve mike", "SECOND_SALES_MANAGER approve nina");
  }

  /** 2 standing desks at 800.00 (38 % below list) for a class A customer: review sends it to negotiation. */
  private String enterOrderBelowListPrice(String idempotencyKey) {
    String body = """
        {"customerCode": "C-1001", "channel": "PHONE", "lines": [{"sku": "P-200", "quantity": 2, "unitPrice": 800.00}],
         "requestedDeliveryDate": "%s"}
        """.formatted(LocalDate.now().plusDays(20));
    ResponseEntity<Map> created = Api.as(rest, "sally").post("/api/orders", body, idempotencyKey + "-" + System.nanoTime());
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    return (String) created.getBody().get("number");
  }

  private void prepare(String order) {
    engineRest("sally").completeTask(order, "Task_PrepareNegotiation", Map.of("targetPrice", 2200,
        "bottomLine", 1900, "negotiationTeam", List.of("sally", "fiona"), "negotiationMaterials", "Price comparison"));
  }

  /** The single line at this unit price, NET 30 (the customer's default: no finance approval). */
  private void propose(String order, double unitPrice) {
    engineRest("sally").completeTask(order, "Task_ProposeQuotation", Map.of(
        "quotationLines", List.of(Map.of("lineNo", 1, "sku", "P-200", "unitPrice", unitPrice)),
        "proposedPaymentTerms", "NET_30", "proposalNote", "Round for " + order));
  }

  /**
   * Waits until Tasklist lists exactly what the filter "My group's tasks" gives the user through
   * the engine's REST API (which applies the four-eyes revocations), so that what is absent from
   * the list is absent for good, not yet to be loaded.
   */
  private Set<String> awaitListOfMyGroupsTasks(Tasklist tasklist, String user) {
    List<Map<String, Object>> filters = engineRest(user).getList("/filter?resourceType=Task&name={name}",
        TasklistFilterSetup.MY_GROUPS_TASKS);
    assertThat(filters).hasSize(1);
    List<Map<String, Object>> tasks = engineRest(user).getList("/filter/{id}/list?firstResult=0&maxResults=100",
        filters.get(0).get("id"));
    Set<String> expected = new LinkedHashSet<>();
    tasks.forEach(task -> expected.add((String) task.get("id")));
    assertThat(expected).as("%s's group tasks fit on Tasklist's first page", user).hasSizeLessThanOrEqualTo(TASKLIST_PAGE);
    return tasklist.listedTasksOnceThey(user + "'s Tasklist lists " + expected, expected::equals);
  }

  /** /engine-rest of this context's engine (named uniquely, so /engine-rest alone does not find it). */
  private EngineRest engineRest(String user) {
    return EngineRest.as(rest, user, processEngine.getName());
  }

  /** The form's text, checked for templating the form did not resolve. */
  private static String assertRenderedText(String formText) {
    assertThat(formText).as("form text").doesNotContain("{{").doesNotContain("}}")
        .doesNotContain("undefined").doesNotContain("[object Object]");
    return formText;
  }

  private static org.assertj.core.api.AbstractStringAssert<?> assertRendered(String formText) {
    return assertThat(assertRenderedText(formText));
  }
}
