package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.TaskRefusals;
import org.ordertocash.billing.ReceivableLedger;
import org.ordertocash.dunning.DunningProcess;
import org.ordertocash.identity.FourEyesCheck;

/**
 * Every path through bpmn/dunning.bpmn on a plain in-memory engine with the real dunning-levels
 * decision and forms; the service tasks are stand-ins that record what they were asked and
 * report the invoice as the test says (days overdue, still open, promise kept).
 */
@Deployment(resources = {
    "bpmn/dunning.bpmn",
    "bpmn/dunning-levels.dmn",
    "forms/call-customer.form",
    "forms/resolve-dunning-dispute.form",
    "forms/approve-write-off.form",
    "forms/confirm-write-off.form"})
class DunningProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(ProcessCoverage.MINIMUM).build();

  static final String ORDER = "SO-7001";
  static final String INVOICE = "INV-2026-007001";
  static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  /** What "Look at receivable" reports next: days overdue, class, open. */
  Map<String, Object> standing;
  List<Integer> letters;
  RecordingDelegate block;
  RecordingDelegate recordPromise;
  RecordingDelegate checkPromise;
  RecordingDelegate bookWriteOff;
  int reviews;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
    letters = new ArrayList<>();
    reviews = 0;
    overdue(1, "B");
    RecordingDelegate.register("noteDueDateDelegate",
        Map.of("overdueFrom", "2026-12-02T00:00:00Z", "dunningLevel", 0));
    Mocks.register("reviewReceivableDelegate", (JavaDelegate) execution -> {
      reviews++;
      execution.setVariables(standing);
    });
    Mocks.register("sendDunningLetterDelegate", (JavaDelegate) execution -> {
      int level = (Integer) execution.getVariable("level");
      letters.add(level);
      execution.setVariable("dunningLevel", level);
    });
    block = RecordingDelegate.register("blockCustomerCreditDelegate");
    recordPromise = RecordingDelegate.register("recordPromiseDelegate",
        Map.of("promiseId", 1L, "promiseCheckAt", "2026-12-20T00:00:00Z"));
    checkPromise = RecordingDelegate.register("checkPromiseDelegate", Map.of("promiseKept", true));
    bookWriteOff = RecordingDelegate.register("bookWriteOffDelegate");
    Mocks.register("dunningSummaries", new DunningSummariesStub());
    Mocks.register("dunningTaskCheck", (TaskListener) task -> { });
    Mocks.register("fourEyesCheck", new FourEyesCheck(new TaskRefusals(OrderToCashProperties.defaults())));
  }

  /** Stand-in for the {@code dunningSummaries} bean behind the tasks' {@code dunningSummary}. */
  public static final class DunningSummariesStub {
    public String markdown(String invoiceNumber) {
      return "**Invoice " + invoiceNumber + "** open";
    }
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  void overdue(int days, String customerClass) {
    standing = new HashMap<>(Map.of("stillOpen", true, "daysOverdue", days, "openAmountValue", 1000.0,
        "customerClass", customerClass));
  }

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(DunningProcess.KEY, ORDER,
        Map.of("orderNumber", ORDER, "invoiceNumber", INVOICE));
  }

  /** Fires the one timer due in the instance (due date, next review, promised date, ask again). */
  void timerFires(ProcessInstance pi) {
    Job timer = jobQuery().processInstanceId(pi.getId()).timers().singleResult();
    Assertions.assertThat(timer).as("a waiting timer").isNotNull();
    execute(timer);
    SavePoints.run(pi.getId());
  }

  /** Overdue since the due date, reviewed at {@code days} overdue: at rest between reviews afterwards. */
  ProcessInstance dunnedTo(int days, String customerClass) {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Event_DueDatePassed");
    overdue(days, customerClass);
    timerFires(pi);
    return pi;
  }

  void settled() {
    runtimeService().createMessageCorrelation(ReceivableLedger.SETTLED)
        .processInstanceVariableEquals("invoiceNumber", INVOICE).correlate();
  }

  void completeAs(String user, Task task, Map<String, Object> variables) {
    TaskCompletion.as(user, task, variables);
  }

  static Date inDays(int days) {
    return Date.from(NOW.plus(days, ChronoUnit.DAYS));
  }

  @Test
  void nothingHappensBeforeTheDueDateAndAPaymentInTimeEndsIt() {
    ProcessInstance pi = start();

    assertThat(pi).isWaitingAt("Event_DueDatePassed");
    settled();

    assertThat(pi).isEnded().hasPassed("Event_DunningEnded").hasNotPassed("Task_ReviewReceivable");
    Assertions.assertThat(letters).isEmpty();
  }

  @Test
  void aReceivableSettledBeforeTheReviewEndsWithNothingOpen() {
    ProcessInstance pi = start();
    standing.put("stillOpen", false);

    timerFires(pi);

    assertThat(pi).isEnded().hasPassed("Event_NothingOpen");
    Assertions.assertThat(letters).isEmpty();
  }

  @Test
  void eachHigherLevelSendsOneLetterThenTheFinalNoticeBlocksAndCallsAndTheLastHandsOver() {
    ProcessInstance pi = dunnedTo(1, "B");
    assertThat(pi).isWaitingAt(DunningProcess.WAIT);
    Assertions.assertThat(letters).containsExactly(1);

    overdue(2, "B");
    timerFires(pi);   // a day later, the same level: no second letter
    Assertions.assertThat(letters).containsExactly(1);
    overdue(15, "B");
    timerFires(pi);
    Assertions.assertThat(letters).containsExactly(1, 2);
    Assertions.assertThat(block.wasCalled()).isFalse();
    assertThat(pi).isWaitingAt(DunningProcess.WAIT);

    overdue(30, "B");
    timerFires(pi);
    Assertions.assertThat(letters).containsExactly(1, 2, 3);
    Assertions.assertThat(block.callCount()).isOne();
    Task call = task("Task_CallCustomer", pi);
    assertThat(call).hasCandidateGroup("finance").hasDueDate(inDays(2));
    completeAs("fiona", call, Map.of("callOutcome", "NO_PROMISE", "callNote", "not reached"));
    assertThat(pi).isWaitingAt(DunningProcess.WAIT).variables().containsEntry("calledBy", "fiona");

    overdue(60, "B");
    timerFires(pi);
    Assertions.assertThat(letters).containsExactly(1, 2, 3, 4);
    Assertions.assertThat(block.callCount()).isEqualTo(2);
    assertThat(task("Task_ApproveWriteOff", pi)).hasCandidateGroup("finance").hasDueDate(inDays(5));
    Assertions.assertThat(reviews).isEqualTo(5);
  }

  @Test
  void classACustomersAreCalledAtTheFirstLevelAndAPromiseKeptGoesBackToWaiting() {
    ProcessInstance pi = dunnedTo(3, "A");
    Task call = task("Task_CallCustomer", pi);
    Assertions.assertThat(taskService().getVariable(call.getId(), "dunningSummary")).isEqualTo("**Invoice " + INVOICE + "** open");

    completeAs("fiona", call, Map.of("callOutcome", "PROMISED", "promisedBy", "2026-12-19", "promisedAmount", 500.0,
        "callNote", "will pay half"));

    assertThat(pi).isWaitingAt("Event_PromisedDatePassed")
        .hasPassedInOrder("Gateway_CallOutcome", "Gateway_Promised", "Task_RecordPromise");
    Assertions.assertThat(recordPromise.lastCall()).containsEntry("promisedBy", "2026-12-19");
    timerFires(pi);
    assertThat(pi).isWaitingAt(DunningProcess.WAIT).hasPassed("Task_CheckPromise", "Gateway_PromiseKept");
    Assertions.assertThat(letters).containsExactly(1);
  }

  @Test
  void aPromiseReportedWhileWaitingPausesDunningAndWhenBrokenItResumesAtOnce() {
    checkPromise = RecordingDelegate.register("checkPromiseDelegate", Map.of("promiseKept", false));
    ProcessInstance pi = dunnedTo(5, "B");

    runtimeService().createMessageCorrelation(DunningProcess.PROMISE_TO_PAY)
        .processInstanceVariableEquals("invoiceNumber", INVOICE)
        .setVariables(Map.of("promisedBy", "2026-12-19", "promisedAmount", "1000.00", "promiseRecordedBy", "fiona"))
        .correlate();
    assertThat(pi).isWaitingAt("Event_PromisedDatePassed");
    overdue(20, "B");
    timerFires(pi);

    // a link event leaves no trace in history: the broken promise shows as the review that follows it
    assertThat(pi).hasPassedInOrder("Task_CheckPromise", "Gateway_PromiseKept", "Gateway_Review",
        "Task_ReviewReceivable", "Task_SendLetter");
    Assertions.assertThat(letters).containsExactly(1, 2);
    assertThat(pi).isWaitingAt(DunningProcess.WAIT);
  }

  @Test
  void aDisputePausesDunningForCustomerServiceAndUnfoundedItResumes() {
    ProcessInstance pi = dunnedTo(5, "B");

    runtimeService().createMessageCorrelation(DunningProcess.DISPUTED)
        .processInstanceVariableEquals("invoiceNumber", INVOICE)
        .setVariables(Map.of("disputeReason", "two units arrived broken", "disputeRaisedBy", "carl"))
        .correlate();
    Task resolve = task("Task_ResolveDispute", pi);
    assertThat(resolve).hasCandidateGroup("customer-service").hasDueDate(inDays(3));
    overdue(6, "B");
    completeAs("carl", resolve, Map.of("disputeOutcome", "UNFOUNDED", "disputeResolution", "photos show no damage"));

    assertThat(pi).isWaitingAt(DunningProcess.WAIT).variables().containsEntry("disputeResolvedBy", "carl");
    Assertions.assertThat(reviews).isEqualTo(2);
  }

  @Test
  void aDisputeRaisedOnTheCallAndUpheldStopsDunning() {
    ProcessInstance pi = dunnedTo(35, "B");

    completeAs("fiona", task("Task_CallCustomer", pi), Map.of("callOutcome", "DISPUTED", "callNote", "wrong price"));
    assertThat(pi).hasPassed("Gateway_Disputed");
    completeAs("carl", task("Task_ResolveDispute", pi), Map.of("disputeOutcome", "UPHELD",
        "disputeResolution", "price was agreed lower; finance issues a credit note"));

    assertThat(pi).isEnded().hasPassed("Event_DisputeUpheld");
  }

  /** A payment that settles the invoice ends dunning wherever it is: between reviews, at the call, at the write-off. */
  @ParameterizedTest(name = "settled at {0} days overdue")
  @ValueSource(ints = {1, 15, 30, 60})
  void aPaymentAtAnyLevelEndsDunning(int days) {
    ProcessInstance pi = dunnedTo(days, "B");

    settled();

    assertThat(pi).isEnded().hasPassed("Event_DunningEnded");
    Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    Assertions.assertThat(bookWriteOff.wasCalled()).isFalse();
  }

  @Test
  void aWriteOffApprovedByFinanceAndConfirmedByAnotherPersonIsBookedAtASavePoint() {
    ProcessInstance pi = dunnedTo(60, "B");

    completeAs("fiona", task("Task_ApproveWriteOff", pi), Map.of("writeOffDecision", "WRITE_OFF",
        "writeOffReason", "customer insolvent"));
    Task confirm = task("Task_ConfirmWriteOff", pi);
    assertThat(confirm).hasCandidateGroup("sales-managers").hasDueDate(inDays(5));
    assertThatThrownBy(() -> completeAs("fiona", confirm, Map.of("writeOffConfirmation", "WRITE_OFF")))
        .hasMessageContaining("fiona");
    completeAs("mike", confirm, Map.of("writeOffConfirmation", "WRITE_OFF"));
    assertThat(pi).isWaitingAt("Task_BookWriteOff");
    Assertions.assertThat(bookWriteOff.wasCalled()).as("booking waits for its job").isFalse();
    SavePoints.run(pi.getId());

    assertThat(pi).isEnded().hasPassed("Event_WrittenOff");
    Assertions.assertThat(bookWriteOff.lastCall()).containsEntry("writeOffApprovedBy", "fiona")
        .containsEntry("writeOffConfirmedBy", "mike").containsEntry("writeOffReason", "customer insolvent");
  }

  @ParameterizedTest(name = "kept open by {0}")
  @ValueSource(strings = {"finance", "sales manager"})
  void aWriteOffRefusedByEitherKeepsTheInvoiceOpenAndAsksFinanceAgainIn30Days(String refusedBy) {
    ProcessInstance pi = dunnedTo(60, "B");

    if (refusedBy.equals("finance")) {
      completeAs("fiona", task("Task_ApproveWriteOff", pi), Map.of("writeOffDecision", "KEEP_OPEN"));
    } else {
      completeAs("fiona", task("Task_ApproveWriteOff", pi), Map.of("writeOffDecision", "WRITE_OFF",
          "writeOffReason", "agency gave up"));
      completeAs("mike", task("Task_ConfirmWriteOff", pi), Map.of("writeOffConfirmation", "KEEP_OPEN"));
    }
    assertThat(pi).isWaitingAt("Event_AskAgain");
    Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).timers().singleResult().getDuedate())
        .isEqualTo(inDays(30));
    timerFires(pi);

    assertThat(pi).isWaitingAt("Task_ApproveWriteOff");
    Assertions.assertThat(bookWriteOff.wasCalled()).isFalse();
  }
}
