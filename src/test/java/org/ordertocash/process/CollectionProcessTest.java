package org.ordertocash.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.TaskRefusals;
import org.ordertocash.billing.CodShortfallCheck;
import org.ordertocash.billing.CollectionProcess;
import org.ordertocash.config.TaskRefusal;
import org.camunda.bpm.engine.task.Task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.ordertocash.billing.ReceivableLedger;

/**
 * bpmn/collection.bpmn with mocked delegates: invoices issued and sent, then payments until nothing
 * is open, beside one dunning per invoice (bpmn/dunning.bpmn, resting before the due date here).
 */
@Deployment(resources = {"bpmn/collection.bpmn", "bpmn/dunning.bpmn", "bpmn/dunning-levels.dmn",
    "forms/call-customer.form", "forms/resolve-dunning-dispute.form", "forms/approve-write-off.form",
    "forms/confirm-write-off.form", "forms/settle-cod-shortfall.form", "forms/record-fapiao.form"})
class CollectionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(ProcessCoverage.MINIMUM)
      .excludeProcessDefinitionKeys("dunning")   // covered by DunningProcessTest
      .build();

  static final String ORDER = "SO-5001";

  RecordingDelegate issue;
  RecordingDelegate send;
  RecordingDelegate check;
  RecordingDelegate paid;
  RecordingDelegate writtenOff;
  RecordingDelegate bookCash;
  RecordingDelegate recordFapiao;
  RecordingDelegate fapiaoOnFile;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    issue = RecordingDelegate.register("issueInvoicesDelegate",
        Map.of("invoiceNumbers", List.of("INV-2026-000001"), "invoicesToDun", List.of("INV-2026-000001"),
            "cashOnDelivery", false, "invoicesAwaitingFapiao", List.of("INV-2026-000001")));
    send = RecordingDelegate.register("sendInvoicesDelegate");
    check = RecordingDelegate.register("checkOpenAmountDelegate", open("1130.00"));
    paid = RecordingDelegate.register("recordOrderPaidDelegate");
    writtenOff = RecordingDelegate.register("recordOrderWrittenOffDelegate");
    bookCash = RecordingDelegate.register("bookCashOnDeliveryDelegate",
        Map.of("codShortfall", false, "codSummary", "Invoice INV-2026-000001: due ¥1,130.00, collected ¥1,130.00"));
    Mocks.register("codShortfallCheck", new CodShortfallCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("fapiaoTaskListener", (TaskListener) task -> { });
    recordFapiao = RecordingDelegate.register("recordFapiaoDelegate");
    fapiaoOnFile = RecordingDelegate.register("checkFapiaoOnFileDelegate", Map.of("fapiaoOnFile", false));
    RecordingDelegate.register("noteDueDateDelegate", Map.of("overdueFrom", "2099-01-01T00:00:00Z", "dunningLevel", 0));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  /** What checkOpenAmountDelegate sets when {@code amount} is open (collection and prepayment use it). */
  static Map<String, Object> open(String amount) {
    return Map.of("openAmount", amount, "paidInFull", amount.equals("0"), "writtenOff", false);
  }

  /** Billing's message when the invoice is settled: its dunning ends. */
  void invoiceSettled(String invoiceNumber) {
    runtimeService().createMessageCorrelation(ReceivableLedger.SETTLED)
        .processInstanceVariableEquals("invoiceNumber", invoiceNumber).correlate();
  }

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(CollectionProcess.KEY, ORDER, Map.of("orderNumber", ORDER));
  }

  /** Finance records the fapiao of each invoice still waiting for one. */
  void fapiaosRecorded(ProcessInstance pi) {
    int number = 10_000_000;
    for (Task task : taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordFapiao").list()) {
      TaskCompletion.as("fiona", task, Map.of("fapiaoCode", "3100231130", "fapiaoNumber", String.valueOf(number++)));
    }
    runJobsAt("Task_SaveFapiao");
  }

  /** The bank's notice arrives; what follows it runs in the job after the catch event. */
  void paymentBooked() {
    runtimeService().createMessageCorrelation(CollectionProcess.OPEN_AMOUNT_REDUCED)
        .processInstanceVariableEquals("orderNumber", ORDER).correlate();
    runJobsAt("Event_OpenAmountReduced");
  }

  void runJobsAt(String activityId) {
    jobQuery().activityId(activityId).list().forEach(job -> managementService().executeJob(job.getId()));
  }

  @Test
  void invoicesAreIssuedAndSentAtSavePointsThenTheProcessWaitsForMoney() {
    ProcessInstance pi = start();

    assertThat(pi).isWaitingAt("Task_IssueInvoices");
    Assertions.assertThat(issue.wasCalled()).as("issuing waits for its job").isFalse();
    SavePoints.run(pi.getId());

    assertThat(pi).isWaitingAt("Event_OpenAmountReduced", "Task_DunInvoices")
        .hasPassedInOrder("Task_IssueInvoices", "Task_SendInvoices", "Task_CheckOpenAmount", "Gateway_PaidInFull");
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("dunning")
        .variableValueEquals("invoiceNumber", "INV-2026-000001").processInstanceBusinessKey(ORDER).count())
        .as("one dunning per invoice, under the order's business key").isOne();
    Assertions.assertThat(send.lastCall()).containsEntry("invoiceNumbers", List.of("INV-2026-000001"));
    assertThat(pi).variables().containsEntry("openAmount", "1130.00");
    Assertions.assertThat(paid.wasCalled()).isFalse();
  }

  @Test
  void aPartPaymentLeavesItWaitingAndTheRestEndsItPaid() {
    check.then(open("530.00")).then(open("0"));
    ProcessInstance pi = start();
    SavePoints.run(pi.getId());

    runtimeService().createMessageCorrelation(CollectionProcess.OPEN_AMOUNT_REDUCED)
        .processInstanceVariableEquals("orderNumber", ORDER).correlate();
    Assertions.assertThat(check.callCount()).as("the notice only arrives; the check runs in a job after it").isOne();
    runJobsAt("Event_OpenAmountReduced");
    assertThat(pi).isWaitingAt("Event_OpenAmountReduced").variables().containsEntry("openAmount", "530.00");
    invoiceSettled("INV-2026-000001");
    paymentBooked();
    assertThat(pi).as("open until finance has recorded the fapiao").isWaitingAt("Task_RecordFapiao");
    fapiaosRecorded(pi);

    assertThat(pi).isEnded().hasPassed("Task_RecordOrderPaid", "Event_OrderPaid", "Event_InvoicesDunned",
        "Event_FapiaosRecorded");
    Assertions.assertThat(check.callCount()).isEqualTo(3);
    Assertions.assertThat(paid.callCount()).isOne();
  }

  @Test
  void invoicesPaidBeforeTheyWereSentEndItAtOnce() {
    check = RecordingDelegate.register("checkOpenAmountDelegate", open("0"));
    ProcessInstance pi = start();

    SavePoints.run(pi.getId());
    assertThat(pi).hasPassed("Task_SendInvoices", "Event_OrderPaid").hasNotPassed("Event_OpenAmountReduced");

    invoiceSettled("INV-2026-000001");
    fapiaosRecorded(pi);
    assertThat(pi).isEnded();
  }

  /** Collection of an order shipped in two parts: two invoices, each without its fapiao. */
  ProcessInstance startWithTwoInvoices() {
    List<String> both = List.of("INV-2026-000001", "INV-2026-000002");
    RecordingDelegate.register("issueInvoicesDelegate", Map.of("invoiceNumbers", both, "invoicesToDun", both,
        "cashOnDelivery", false, "invoicesAwaitingFapiao", both));
    ProcessInstance pi = start();
    SavePoints.run(pi.getId());
    return pi;
  }

  @Test
  void financeRecordsEachInvoicesFapiaoInATaskOfItsOwn() {
    ProcessInstance pi = startWithTwoInvoices();

    List<Task> tasks = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordFapiao").list();
    Assertions.assertThat(tasks).hasSize(2).allSatisfy(t -> {
      assertThat(t).hasCandidateGroup("finance");
      Assertions.assertThat(t.getDueDate()).isAfter(new java.util.Date());
    });
    Task second = tasks.stream().filter(t -> "INV-2026-000002".equals(taskService().getVariable(t.getId(), "invoiceNumber")))
        .findFirst().orElseThrow();
    TaskCompletion.as("fiona", second, Map.of("fapiaoCode", "3100231130", "fapiaoNumber", "01234567"));

    // a save point: finance's Complete cannot fail because a payment ends the order at the same moment
    Assertions.assertThat(recordFapiao.callCount()).isZero();
    Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).activityId("Task_SaveFapiao").count()).isOne();
    runJobsAt("Task_SaveFapiao");
    Assertions.assertThat(recordFapiao.callCount()).isOne();
    Assertions.assertThat(recordFapiao.lastCall()).containsEntry("invoiceNumber", "INV-2026-000002")
        .containsEntry("fapiaoCode", "3100231130").containsEntry("fapiaoNumber", "01234567")
        .containsEntry("fapiaoRecordedBy", "fiona");
    Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordFapiao").list())
        .extracting(t -> taskService().getVariable(t.getId(), "invoiceNumber")).containsExactly("INV-2026-000001");
  }

  @Test
  void aFapiaoRecordedThroughTheApiWithdrawsOnlyThatInvoicesTask() {
    ProcessInstance pi = startWithTwoInvoices();

    // what billing sends when POST /api/invoices/{number}/fapiao records it
    runtimeService().createMessageCorrelation(CollectionProcess.FAPIAO_RECORDED)
        .localVariableEquals("invoiceNumber", "INV-2026-000001").correlateAll();

    Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordFapiao").list())
        .extracting(t -> taskService().getVariable(t.getId(), "invoiceNumber")).containsExactly("INV-2026-000002");
    assertThat(pi).hasPassed("Event_FapiaoByApi");
    Assertions.assertThat(recordFapiao.wasCalled()).isFalse();
  }

  @Test
  void aFapiaoRecordedThroughTheApiBeforeItsBranchWaitsEndsThatBranchWithoutATask() {
    // the first invoice's fapiao came through the API between issuing and sending: its message found no one waiting
    fapiaoOnFile = RecordingDelegate.register("checkFapiaoOnFileDelegate", Map.of("fapiaoOnFile", true))
        .then(Map.of("fapiaoOnFile", false));
    ProcessInstance pi = startWithTwoInvoices();

    Assertions.assertThat(fapiaoOnFile.callCount()).isEqualTo(2);
    Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordFapiao").list())
        .extracting(t -> taskService().getVariable(t.getId(), "invoiceNumber")).containsExactly("INV-2026-000002");
    assertThat(pi).hasPassed("Event_FapiaoOnFile");
    fapiaosRecorded(pi);
    assertThat(pi).hasPassed("Event_FapiaosRecorded");
    Assertions.assertThat(recordFapiao.callCount()).isOne();
  }

  @Test
  void anInvoiceWithItsFapiaoAlreadyGetsNoTask() {
    RecordingDelegate.register("issueInvoicesDelegate", Map.of("invoiceNumbers", List.of("INV-2026-000001"),
        "invoicesToDun", List.of("INV-2026-000001"), "cashOnDelivery", false, "invoicesAwaitingFapiao", List.of()));
    ProcessInstance pi = start();
    SavePoints.run(pi.getId());

    assertThat(pi).hasPassed("Event_FapiaosRecorded").isWaitingAt("Event_OpenAmountReduced");
    Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  ProcessInstance startCashOnDelivery() {
    RecordingDelegate.register("issueInvoicesDelegate", Map.of("invoiceNumbers", List.of("INV-2026-000001"),
        "invoicesToDun", List.of("INV-2026-000001"), "cashOnDelivery", true,
        "invoicesAwaitingFapiao", List.of("INV-2026-000001")));
    ProcessInstance pi = start();
    SavePoints.run(pi.getId());
    return pi;
  }

  @Test
  void cashCollectedOnDeliveryIsBookedAtASavePointBeforeTheWaitForMoney() {
    check.then(open("0"));
    ProcessInstance pi = start();
    SavePoints.run(pi.getId());
    Assertions.assertThat(bookCash.wasCalled()).as("an order not paid on delivery books no cash").isFalse();

    RecordingDelegate.register("issueInvoicesDelegate", Map.of("invoiceNumbers", List.of("INV-2026-000002"),
        "invoicesToDun", List.of("INV-2026-000002"), "cashOnDelivery", true,
        "invoicesAwaitingFapiao", List.of("INV-2026-000002")));
    ProcessInstance cod = runtimeService().startProcessInstanceByKey(CollectionProcess.KEY, "SO-5002",
        Map.of("orderNumber", "SO-5002"));
    SavePoints.run(cod.getId());

    Assertions.assertThat(bookCash.callCount()).isOne();
    Assertions.assertThat(bookCash.lastCall()).containsEntry("orderNumber", "SO-5002");
    assertThat(cod).hasPassedInOrder("Task_SendInvoices", "Gateway_CashOnDelivery", "Task_BookCashCollected",
        "Gateway_Shortfall", "Gateway_WaitAndDun").hasNotPassed("Task_SettleCodShortfall");
    Assertions.assertThat(jobQuery().activityId("Task_BookCashCollected").count()).as("done in its own job").isZero();
  }

  @Test
  void aShortfallOnDeliveryGoesToFinanceWhileTheRestIsAwaited() {
    bookCash = RecordingDelegate.register("bookCashOnDeliveryDelegate", Map.of("codShortfall", true,
        "codSummary", "Invoice INV-2026-000001: due ¥1,130.00, the carrier collected ¥1,000.00"));
    ProcessInstance pi = startCashOnDelivery();

    assertThat(pi).isWaitingAt("Task_SettleCodShortfall");
    Task task = task("Task_SettleCodShortfall", pi);
    assertThat(task).hasCandidateGroup("finance");
    Assertions.assertThat(task.getDueDate()).isAfter(new java.util.Date());
    assertThatThrownBy(() -> TaskCompletion.as("fiona", task, Map.of("codShortfallNote", "x")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e).getMessage()).contains("向承运商索赔差额"));
    assertThatThrownBy(() -> TaskCompletion.as("fiona", task, Map.of("codShortfallAction", "ASK_CUSTOMER",
        "codShortfallNote", " "))).satisfies(e -> Assertions.assertThat(TaskRefusal.isRefusal(e)).isTrue());

    TaskCompletion.as("fiona", task, Map.of("codShortfallAction", "CLAIM_FROM_CARRIER",
        "codShortfallNote", "SF Express kept 130.00; claim filed"));

    assertThat(pi).isWaitingAt("Event_OpenAmountReduced", "Task_DunInvoices")
        .variables().containsEntry("codShortfallSettledBy", "fiona").containsEntry("codShortfallAction", "CLAIM_FROM_CARRIER");
  }

  @Test
  void anOrderPaidInAdvanceHasNothingToDunAndEndsPaidAtOnce() {
    RecordingDelegate.register("issueInvoicesDelegate",
        Map.of("invoiceNumbers", List.of("INV-2026-000001"), "invoicesToDun", List.of(), "cashOnDelivery", false,
            "invoicesAwaitingFapiao", List.of("INV-2026-000001")));
    check = RecordingDelegate.register("checkOpenAmountDelegate", open("0"));
    ProcessInstance pi = start();

    SavePoints.run(pi.getId());
    fapiaosRecorded(pi);

    assertThat(pi).isEnded().hasPassed("Task_RecordOrderPaid", "Event_OrderPaid", "Event_InvoicesDunned");
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("dunning")
        .processInstanceBusinessKey(ORDER).count()).as("no dunning for a paid invoice").isZero();
  }

  @Test
  void anInvoiceWrittenOffEndsTheOrderWrittenOffOnceItsDunningIsOver() {
    check.then(Map.of("openAmount", "0", "paidInFull", true, "writtenOff", true));
    ProcessInstance pi = start();
    SavePoints.run(pi.getId());
    ProcessInstance dunning = runtimeService().createProcessInstanceQuery().processDefinitionKey("dunning")
        .processInstanceBusinessKey(ORDER).singleResult();
    // the dunning ends at its own write-off; here it is simply cancelled in its place
    runtimeService().deleteProcessInstance(dunning.getId(), "written off in this test");

    paymentBooked();
    fapiaosRecorded(pi);

    assertThat(pi).isEnded().hasPassed("Task_RecordOrderWrittenOff", "Event_OrderWrittenOff").hasNotPassed("Task_RecordOrderPaid");
    Assertions.assertThat(writtenOff.callCount()).isOne();
  }
}
