package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.ordertocash.process.OrderFixtures.ENTERED_BY;
import static org.ordertocash.process.OrderFixtures.ORDER_NUMBER;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.TaskRefusals;
import org.ordertocash.config.TaskRefusal;
import org.ordertocash.identity.FourEyesCheck;
import org.ordertocash.order.ReviewCommentCheck;
import org.ordertocash.order.RevisionCheck;

/** Every path through bpmn/order-review.bpmn on a plain in-memory engine with mocked delegates. */
@Deployment(resources = {
    "bpmn/order-review.bpmn",
    "bpmn/order-review-routing.dmn",
    "forms/order-review.form",
    "forms/order-revision.form",
    "forms/credit-hold-review.form",
    "forms/credit-hold-chase.form"})
class OrderReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(ProcessCoverage.MINIMUM).build();

  static final Date NOW = Date.from(Instant.parse("2026-11-23T09:00:00Z"));

  RecordingDelegate validateOrder;
  RecordingDelegate checkCredit;
  RecordingDelegate checkStock;
  RecordingDelegate confirmOrder;
  RecordingDelegate rejectOrder;
  RecordingDelegate withdrawOrder;
  RecordingDelegate applyOrderRevision;
  RecordingDelegate handOverToNegotiation;
  OrderSummariesStub orderSummaries;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(NOW);
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.validOrder());
    checkCredit = RecordingDelegate.register("checkCreditDelegate", OrderFixtures.creditOk());
    checkStock = RecordingDelegate.register("checkStockDelegate", OrderFixtures.inStock());
    confirmOrder = RecordingDelegate.register("confirmOrderDelegate", OrderFixtures.outcome("CONFIRMED"));
    rejectOrder = RecordingDelegate.register("rejectOrderDelegate", OrderFixtures.outcome("REJECTED"));
    withdrawOrder = RecordingDelegate.register("withdrawOrderDelegate", OrderFixtures.outcome("WITHDRAWN"));
    applyOrderRevision = RecordingDelegate.register("applyOrderRevisionDelegate");
    handOverToNegotiation = RecordingDelegate.register("handOverToNegotiationDelegate", OrderFixtures.outcome("NEGOTIATE"));
    orderSummaries = OrderSummariesStub.register();
    Mocks.register("fourEyesCheck", new FourEyesCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("reviewCommentCheck", new ReviewCommentCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("revisionCheck", new RevisionCheck(java.time.Clock.systemDefaultZone(), new TaskRefusals(OrderToCashProperties.defaults())));
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  ProcessInstance startReview() {
    return runtimeService().startProcessInstanceByKey(
        "order-review", ORDER_NUMBER, OrderFixtures.startVariables(ORDER_NUMBER));
  }

  static Date inDays(int days) {
    return Date.from(NOW.toInstant().plus(days, ChronoUnit.DAYS));
  }

  /** Candidate group, due date, Camunda Form (deployment binding) and the orderSummary input. */
  static void assertUserTask(Task task, String group, int dueInDays, String formKey) {
    assertThat(task).hasCandidateGroup(group).hasDueDate(inDays(dueInDays));
    Task withForm = taskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
    CamundaFormRef formRef = withForm.getCamundaFormRef();
    Assertions.assertThat(formRef).as("camunda:formRef of %s", task.getTaskDefinitionKey()).isNotNull();
    Assertions.assertThat(formRef.getKey()).isEqualTo(formKey);
    Assertions.assertThat(formRef.getBinding()).isEqualTo("deployment");
    Assertions.assertThat(taskService().getVariable(task.getId(), "orderSummary"))
        .isEqualTo(OrderSummariesStub.summaryOf(ORDER_NUMBER));
  }

  Task reviewTask(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_ReviewOrder");
    Task task = task("Task_ReviewOrder", pi);
    assertUserTask(task, "sales-managers", 2, "order-review");
    return task;
  }

  void completeAs(String user, Task task, Map<String, Object> variables) {
    TaskCompletion.as(user, task, variables);
  }

  /** The step after a save point runs in a job of its own: the instance waits there first. */
  static void runSavePoint(ProcessInstance pi) {
    Job job = jobQuery().processInstanceId(pi.getId()).messages().singleResult();
    Assertions.assertThat(job).as("a save point waiting to run").isNotNull();
    execute(job);
  }

  // --- automatic paths -------------------------------------------------------------------------

  @Test
  void orderWithinPolicyIsConfirmedWithoutReview() {
    ProcessInstance pi = startReview();

    runSavePoint(pi);
    assertThat(pi).isEnded()
        .hasPassedInOrder("Event_ReviewRequested", "Task_ValidateOrder", "Task_DecideRouting",
            "Gateway_Routing", "Task_CheckCredit", "Gateway_CreditOk", "Task_CheckStock",
            "Gateway_NeedsReview", "Task_ConfirmOrder", "Event_OrderConfirmed")
        .hasNotPassed("Task_ReviewOrder", "SubProcess_CreditHold", "Task_RejectOrder")
        // routing and routingReason come from the output mapping over the transient decisionResult
        .variables()
        .containsEntry("routing", "AUTO_APPROVE")
        .containsEntry("routingReason", "Within policy")
        .containsEntry("reviewOutcome", "CONFIRMED");
    Assertions.assertThat(validateOrder.lastCall())
        .containsEntry("orderNumber", ORDER_NUMBER)
        .containsEntry("enteredBy", ENTERED_BY);
    Assertions.assertThat(confirmOrder.callCount()).isEqualTo(1);
    Assertions.assertThat(confirmOrder.lastCall()).as("nobody decided: the job acts as the system")
        .doesNotContainKey("decidedBy");
  }

  @Test
  void priceFarBelowListIsRejectedByTheRoutingDecision() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.dumpingPriceOrder());

    ProcessInstance pi = startReview();

    runSavePoint(pi);
    assertThat(pi).isEnded()
        .hasPassed("Task_DecideRouting", "Task_RejectOrder", "Event_OrderRejected")
        .hasNotPassed("Task_CheckCredit", "Task_CheckStock", "Task_ReviewOrder")
        .variables()
        .containsEntry("routing", "REJECT")
        .containsEntry("routingReason", "Price more than 50 % below list price")
        .containsEntry("reviewOutcome", "REJECTED");
    Assertions.assertThat(checkCredit.wasCalled()).isFalse();
  }

  // --- negotiation -----------------------------------------------------------------------------

  @Test
  void priceBeyondReviewsAuthorityIsHandedOverToNegotiationBeforeAnyCheck() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.deepDiscountOrder());

    ProcessInstance pi = startReview();

    assertThat(pi).isEnded()
        .hasPassedInOrder("Task_DecideRouting", "Gateway_Routing", "Task_HandOverToNegotiation", "Event_NegotiationNeeded")
        .hasNotPassed("Task_CheckCredit", "Task_CheckStock", "Task_ReviewOrder", "Task_RejectOrder", "Task_ConfirmOrder")
        .variables()
        .containsEntry("routing", "NEGOTIATE")
        .containsEntry("routingReason", "Price more than 30 % below list price: beyond review's authority")
        .containsEntry("reviewOutcome", "NEGOTIATE");
    Assertions.assertThat(handOverToNegotiation.lastCall()).containsEntry("orderNumber", ORDER_NUMBER);
  }

  @Test
  void orderAgreedInNegotiationIsApprovedWithoutAManagerButStillCheckedForCreditAndStock() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.negotiatedOrder());

    ProcessInstance pi = startReview();

    runSavePoint(pi);
    assertThat(pi).isEnded()
        .hasPassedInOrder("Task_DecideRouting", "Task_CheckCredit", "Task_CheckStock", "Task_ConfirmOrder", "Event_OrderConfirmed")
        .hasNotPassed("Task_HandOverToNegotiation", "Task_ReviewOrder")
        .variables()
        .containsEntry("routing", "AUTO_APPROVE")
        .containsEntry("routingReason", "Prices and terms agreed in negotiation")
        .containsEntry("reviewOutcome", "CONFIRMED");
  }

  // --- credit hold -----------------------------------------------------------------------------

  @Test
  void creditHoldReleasedByFinanceContinuesWithStockCheck() {
    checkCredit = RecordingDelegate.register("checkCreditDelegate", OrderFixtures.creditHold());

    ProcessInstance pi = startReview();

    assertThat(pi).isWaitingAt("Task_ReviewCreditHold").hasNotPassed("Task_CheckStock");
    Task financeTask = task("Task_ReviewCreditHold", pi);
    assertUserTask(financeTask, "finance", 1, "credit-hold-review");

    complete(financeTask, withVariables("creditDecision", "release",
        "creditDecisionReason", "Customer paid the overdue invoices today"));

    runSavePoint(pi);
    assertThat(pi).isEnded()
        .hasPassed("SubProcess_CreditHold")
        .hasPassedInOrder("Task_ReviewCreditHold", "Event_CreditHoldDecided", "Gateway_CreditHoldDecision", "Task_CheckStock", "Task_ConfirmOrder", "Event_OrderConfirmed")
        .hasNotPassed("Task_ChaseCreditHold", "Task_RejectOrder")
        .variables().containsEntry("reviewOutcome", "CONFIRMED");
  }

  @Test
  void creditHoldRejectedByFinanceRejectsTheOrder() {
    checkCredit = RecordingDelegate.register("checkCreditDelegate", OrderFixtures.creditHold());

    ProcessInstance pi = startReview();
    complete(task("Task_ReviewCreditHold", pi), withVariables("creditDecision", "reject",
        "creditDecisionReason", "Customer is in insolvency proceedings"));

    runSavePoint(pi);
    assertThat(pi).isEnded()
        .hasPassed("Gateway_CreditHoldDecision", "Task_RejectOrder", "Event_OrderRejected")
        .hasNotPassed("Task_CheckStock", "Task_ConfirmOrder")
        .variables().containsEntry("reviewOutcome", "REJECTED");
    Assertions.assertThat(checkStock.wasCalled()).isFalse();
  }

  @Test
  void overdueCreditHoldIsChasedBySalesManagersWhileFinanceKeepsTheTask() {
    checkCredit = RecordingDelegate.register("checkCreditDelegate", OrderFixtures.creditHold());
    ProcessInstance pi = startReview();

    Job timer = jobQuery().processInstanceId(pi.getId()).activityId("Event_CreditHoldOverdue").singleResult();
    Assertions.assertThat(timer).as("credit hold overdue timer").isNotNull();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(inDays(2));

    execute(timer);

    assertThat(pi).isWaitingAt("Task_ReviewCreditHold", "Task_ChaseCreditHold");
    Task chaseTask = task("Task_ChaseCreditHold", pi);
    assertUserTask(chaseTask, "sales-managers", 1, "credit-hold-chase");

    complete(chaseTask, withVariables("chaseNote", "Called finance; decision promised for today"));

    assertThat(pi).isWaitingAt("Task_ReviewCreditHold").hasPassed("Event_CreditHoldChased");

    complete(task("Task_ReviewCreditHold", pi), withVariables("creditDecision", "release",
        "creditDecisionReason", "Limit raised"));

    runSavePoint(pi);
    assertThat(pi).isEnded().hasPassed("Event_CreditHoldDecided", "Event_OrderConfirmed");
  }

  @Test
  void financeDecisionEndsTheCreditHoldAndCancelsAnOpenChaseTask() {
    checkCredit = RecordingDelegate.register("checkCreditDelegate", OrderFixtures.creditHold());
    ProcessInstance pi = startReview();
    execute(jobQuery().processInstanceId(pi.getId()).activityId("Event_CreditHoldOverdue").singleResult());
    Task chaseTask = task("Task_ChaseCreditHold", pi);

    complete(task("Task_ReviewCreditHold", pi), withVariables("creditDecision", "reject",
        "creditDecisionReason", "No payment in sight"));

    runSavePoint(pi);
    assertThat(pi).isEnded()
        .hasPassed("Event_CreditHoldDecided", "Task_RejectOrder", "Event_OrderRejected")
        .hasNotPassed("Event_CreditHoldChased");
    Assertions.assertThat(taskQuery().taskId(chaseTask.getId()).count()).isZero();
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().taskId(chaseTask.getId())
        .singleResult().getDeleteReason()).isNotEqualTo("completed");
  }

  // --- manager review --------------------------------------------------------------------------

  @Test
  void stockShortageSendsAnOtherwiseAutomaticOrderToTheManager() {
    checkStock = RecordingDelegate.register("checkStockDelegate", OrderFixtures.shortage());

    ProcessInstance pi = startReview();

    Assertions.assertThat(runtimeService().getVariable(pi.getId(), "routing")).isEqualTo("AUTO_APPROVE");
    Task task = reviewTask(pi);
    completeAs("mike", task, withVariables("reviewDecision", "approve", "fulfilment", "PARTIAL_DELIVERY"));

    runSavePoint(pi);
    assertThat(pi).isEnded()
        .hasPassedInOrder("Task_ReviewOrder", "Gateway_ReviewDecision", "Task_ConfirmOrder", "Event_OrderConfirmed")
        .variables()
        .containsEntry("fulfilment", "PARTIAL_DELIVERY")
        .containsEntry("reviewOutcome", "CONFIRMED");
    Assertions.assertThat(confirmOrder.lastCall()).containsEntry("fulfilment", "PARTIAL_DELIVERY");
  }

  @Test
  void managerApprovesANewCustomersOrder() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.newCustomerOrder());

    ProcessInstance pi = startReview();
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry("routing", "MANAGER_REVIEW")
        .containsEntry("routingReason", "New customer");

    completeAs("mike", reviewTask(pi), withVariables("reviewDecision", "approve"));

    runSavePoint(pi);
    assertThat(pi).isEnded().hasPassed("Task_ConfirmOrder", "Event_OrderConfirmed")
        .variables().containsEntry("reviewOutcome", "CONFIRMED");
    Assertions.assertThat(confirmOrder.lastCall()).as("the job acts for the manager who approved")
        .containsEntry("decidedBy", "mike");
  }

  @Test
  void aConfirmationThatFailsLeavesTheManagersApprovalCommittedAndBecomesAnIncident() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.newCustomerOrder());
    Mocks.register("confirmOrderDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
      throw new IllegalStateException("mail server refused the confirmation");
    });
    ProcessInstance pi = startReview();

    completeAs("mike", reviewTask(pi), withVariables("reviewDecision", "approve"));

    assertThat(pi).isWaitingAt("Task_ConfirmOrder");
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ReviewOrder").finished().count()).isEqualTo(1);
    Job job = jobQuery().processInstanceId(pi.getId()).messages().singleResult();
    BpmnAwareTests.managementService().setJobRetries(job.getId(), 1);
    assertThatThrownBy(() -> execute(job)).hasMessageContaining("mail server refused");
    Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult())
        .satisfies(incident -> {
          Assertions.assertThat(incident.getActivityId()).isEqualTo("Task_ConfirmOrder");
          Assertions.assertThat(incident.getIncidentMessage()).contains("mail server refused");
        });
  }

  @Test
  void managerRejectionNeedsAComment() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.newCustomerOrder());
    ProcessInstance pi = startReview();
    Task task = reviewTask(pi);

    assertThatThrownBy(() -> completeAs("mike", task, withVariables("reviewDecision", "reject", "reviewComment", "  ")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("必须填写理由")
        .matches(TaskRefusal::isRefusal, "is a four-eyes/validation refusal");
    assertThat(pi).isWaitingAt("Task_ReviewOrder");
    Assertions.assertThat(taskQuery().taskId(task.getId()).count()).isEqualTo(1);

    completeAs("mike", task, withVariables("reviewDecision", "reject", "reviewComment", "Customer not vetted yet"));

    runSavePoint(pi);
    assertThat(pi).isEnded().hasPassed("Task_RejectOrder", "Event_OrderRejected")
        .variables()
        .containsEntry("reviewComment", "Customer not vetted yet")
        .containsEntry("reviewOutcome", "REJECTED");
  }

  @Test
  void sentBackOrderIsRevisedResubmittedAndApproved() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate",
            OrderFixtures.validOrder("paymentTerms", "NET_60", "paymentTermsDays", 60, "paymentTermsAllowed", false,
                "policyViolation", true, "policyFindings", "Payment terms NET_60 not allowed for class B"))
        .then(OrderFixtures.validOrder("priceDeviationPercent", 8.0));
    ProcessInstance pi = startReview();
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), "routingReason"))
        .isEqualTo("Payment terms not allowed for the customer");

    completeAs("mike", reviewTask(pi), withVariables("reviewDecision", "sendBack",
        "reviewNote", "NET_60 is not possible; offer NET_30"));

    assertThat(pi).isWaitingAt("Task_ReviseOrder");
    Task revise = task("Task_ReviseOrder", pi);
    assertUserTask(revise, "sales", 2, "order-revision");
    complete(revise, withVariables("revisionDecision", "resubmit", "revisedPaymentTerms", "NET_30",
        "revisedDeliveryDate", "2026-12-20", "resetToListPrices", false, "revisionNote", "Customer accepts NET_30"));

    Assertions.assertThat(applyOrderRevision.lastCall())
        .containsEntry("revisedPaymentTerms", "NET_30")
        .containsEntry("revisedDeliveryDate", "2026-12-20")
        .containsEntry("resetToListPrices", false)
        .containsEntry("revisionNote", "Customer accepts NET_30");
    Assertions.assertThat(validateOrder.callCount()).isEqualTo(2);
    // second round: routed again by the decision, and the forms start without last round's answers
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry("routing", "MANAGER_REVIEW")
        .containsEntry("routingReason", "Price deviation above the 5 % tolerance")
        .containsEntry("reviewDecision", null)
        .containsEntry("reviewNote", null)
        .containsEntry("revisionDecision", null)
        .containsEntry("revisedPaymentTerms", null);

    completeAs("mike", reviewTask(pi), withVariables("reviewDecision", "approve"));

    runSavePoint(pi);
    assertThat(pi).isEnded()
        .hasPassedInOrder("Task_ReviewOrder", "Task_ReviseOrder", "Gateway_RevisionDecision",
            "Task_ApplyRevision", "Task_ValidateOrder", "Task_ReviewOrder", "Task_ConfirmOrder")
        .variables().containsEntry("reviewOutcome", "CONFIRMED");
  }

  @Test
  void salesWithdrawsASentBackOrder() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.newCustomerOrder());
    ProcessInstance pi = startReview();
    completeAs("mike", reviewTask(pi), withVariables("reviewDecision", "sendBack", "reviewNote", "Need a credit report first"));

    completeAs("sam", task("Task_ReviseOrder", pi), withVariables("revisionDecision", "withdraw",
        "revisionNote", "Customer cancelled the enquiry"));

    runSavePoint(pi);
    assertThat(pi).isEnded()
        .hasPassed("Task_WithdrawOrder", "Event_OrderWithdrawn")
        .hasNotPassed("Task_ApplyRevision", "Task_ConfirmOrder", "Task_RejectOrder")
        .variables().containsEntry("reviewOutcome", "WITHDRAWN");
    Assertions.assertThat(withdrawOrder.lastCall()).containsEntry("revisionNote", "Customer cancelled the enquiry")
        .as("the job acts for sales, who withdrew, not for the manager before").containsEntry("decidedBy", "sam");
  }

  // --- four-eyes rule --------------------------------------------------------------------------

  @Test
  void whoEnteredTheOrderCannotReviewIt() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.newCustomerOrder());
    ProcessInstance pi = startReview();
    Task task = reviewTask(pi);

    assertThatThrownBy(() -> completeAs("sally", task, withVariables("reviewDecision", "approve")))
        // Camunda 7.24 wraps whatever a task listener throws (ENGINE-03051), so the REST API sees a
        // plain ProcessEngineException (HTTP 500) with the refusal as its cause and in its message.
        .isExactlyInstanceOf(ProcessEngineException.class)
        .hasRootCauseExactlyInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("四眼原则：sally 录入了这张订单，不能完成订单 SO-1001 的“Review order”")
        .matches(TaskRefusal::isRefusal, "is a four-eyes/validation refusal");
    assertThat(pi).isWaitingAt("Task_ReviewOrder");
    Assertions.assertThat(taskQuery().taskId(task.getId()).count()).isEqualTo(1);
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), "reviewDecision")).isNull();

    assertThatThrownBy(() -> claim(task, "sally"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("四眼原则：sally 录入了这张订单，不能领取订单 SO-1001 的“Review order”");
    Assertions.assertThat(taskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

    claim(task, "mike");
    completeAs("mike", task, withVariables("reviewDecision", "approve"));

    runSavePoint(pi);
    assertThat(pi).isEnded().hasPassed("Event_OrderConfirmed");
  }
}
