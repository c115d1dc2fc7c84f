package org.ordertocash.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.ordertocash.process.OrderFixtures.ENTERED_BY;

import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
import org.ordertocash.identity.FourEyesCheck;
import org.ordertocash.order.ReviewCommentCheck;

/**
 * bpmn/order-to-cash.bpmn with the real order-review call activity (its delegates mocked). The
 * order-review paths are covered by {@link OrderReviewProcessTest}; here it is excluded from the
 * coverage so the class minimum applies to order-to-cash alone.
 */
@Deployment(resources = {
    "bpmn/order-to-cash.bpmn",
    "bpmn/order-review.bpmn",
    "bpmn/order-review-routing.dmn",
    "forms/order-review.form",
    "forms/order-revision.form",
    "forms/credit-hold-review.form",
    "forms/credit-hold-chase.form"})
class OrderToCashProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .excludeProcessDefinitionKeys("order-review")
      .assertClassCoverageAtLeast(ProcessCoverage.MINIMUM)
      .build();

  static final String ORDER_NUMBER = "SO-2001";

  RecordingDelegate validateOrder;
  RecordingDelegate recordCancellation;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.validOrder());
    RecordingDelegate.register("checkCreditDelegate", OrderFixtures.creditOk());
    RecordingDelegate.register("checkStockDelegate", OrderFixtures.inStock());
    RecordingDelegate.register("confirmOrderDelegate", OrderFixtures.outcome("CONFIRMED"));
    RecordingDelegate.register("rejectOrderDelegate", OrderFixtures.outcome("REJECTED"));
    RecordingDelegate.register("withdrawOrderDelegate", OrderFixtures.outcome("WITHDRAWN"));
    RecordingDelegate.register("applyOrderRevisionDelegate");
    recordCancellation = RecordingDelegate.register("recordCancellationDelegate");
    OrderSummariesStub.register();
    Mocks.register("fourEyesCheck", new FourEyesCheck());
    Mocks.register("reviewCommentCheck", new ReviewCommentCheck());
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  /** Starts the order as the application does and runs the review job after the intake transaction. */
  ProcessInstance receiveOrder() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(
        "order-to-cash", ORDER_NUMBER, OrderFixtures.startVariables(ORDER_NUMBER));
    // asyncAfter on the start event: the intake transaction ends there, nothing is reviewed yet
    assertThat(pi).isStarted().hasPassed("Event_OrderReceived").hasNotPassed("Task_CallOrderReview");
    Job reviewJob = job(pi);
    Assertions.assertThat(reviewJob.getExecutionId()).isNotNull();
    Assertions.assertThat(processInstanceQuery().processDefinitionKey("order-review").count()).isZero();
    execute(reviewJob);
    return pi;
  }

  void reviewAsManager(ProcessInstance pi, Map<String, Object> decision) {
    ProcessInstance review = calledProcessInstance("order-review", pi);
    identityService().setAuthenticatedUserId("mike");
    try {
      taskService().complete(task("Task_ReviewOrder", review).getId(), decision);
    } finally {
      identityService().clearAuthentication();
    }
  }

  @Test
  void confirmedOrder() {
    ProcessInstance pi = receiveOrder();

    assertThat(pi).isEnded()
        .hasPassedInOrder("Event_OrderReceived", "Task_CallOrderReview", "Gateway_ReviewOutcome", "Event_OrderConfirmed")
        .variables().containsEntry("reviewOutcome", "CONFIRMED");
    // the review ran with the order's business key and the two input variables only
    HistoricProcessInstance review = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("order-review").superProcessInstanceId(pi.getId()).singleResult();
    Assertions.assertThat(review.getBusinessKey()).isEqualTo(ORDER_NUMBER);
    Assertions.assertThat(validateOrder.lastCall())
        .containsEntry("orderNumber", ORDER_NUMBER)
        .containsEntry("enteredBy", ENTERED_BY);
    // only reviewOutcome comes back from the review
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
        .extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrder("orderNumber", "enteredBy", "reviewOutcome");
  }

  @Test
  void rejectedOrder() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.dumpingPriceOrder());

    ProcessInstance pi = receiveOrder();

    assertThat(pi).isEnded().hasPassed("Event_OrderRejected").hasNotPassed("Event_OrderConfirmed")
        .variables().containsEntry("reviewOutcome", "REJECTED");
  }

  @Test
  void withdrawnOrder() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.newCustomerOrder());
    ProcessInstance pi = receiveOrder();
    assertThat(pi).isWaitingAt("Task_CallOrderReview");

    reviewAsManager(pi, withVariables("reviewDecision", "sendBack", "reviewNote", "Please check with the customer"));
    complete(task("Task_ReviseOrder", calledProcessInstance("order-review", pi)),
        withVariables("revisionDecision", "withdraw", "revisionNote", "Customer withdrew"));

    assertThat(pi).isEnded().hasPassed("Event_OrderWithdrawn")
        .variables().containsEntry("reviewOutcome", "WITHDRAWN");
  }

  @Test
  void cancellationDuringManagerReviewEndsOrderAndReview() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.newCustomerOrder());
    ProcessInstance pi = receiveOrder();
    assertThat(pi).isWaitingAt("Task_CallOrderReview");
    ProcessInstance review = calledProcessInstance("order-review", pi);
    assertThat(review).isWaitingAt("Task_ReviewOrder");
    Task reviewTask = task("Task_ReviewOrder", review);

    runtimeService().createMessageCorrelation("CancelOrder")
        .processInstanceBusinessKey(ORDER_NUMBER)
        .setVariable("cancelReason", "Customer cancelled by phone")
        .setVariable("cancelledBy", "carla")
        .correlateWithResult();

    assertThat(pi).isEnded()
        .hasPassedInOrder("Event_CancelRequested", "Task_RecordCancellation", "Event_OrderCancelled")
        .hasNotPassed("Gateway_ReviewOutcome");
    assertThat(review).isEnded();
    Assertions.assertThat(processInstanceQuery().processInstanceId(review.getId()).count()).isZero();
    Assertions.assertThat(taskQuery().taskId(reviewTask.getId()).count()).isZero();
    Assertions.assertThat(recordCancellation.callCount()).isEqualTo(1);
    Assertions.assertThat(recordCancellation.lastCall())
        .containsEntry("orderNumber", ORDER_NUMBER)
        .containsEntry("cancelReason", "Customer cancelled by phone")
        .containsEntry("cancelledBy", "carla");
  }
  @Test
  void cancellationBeforeTheReviewStartedRemovesThePendingReviewJob() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(
        "order-to-cash", ORDER_NUMBER, OrderFixtures.startVariables(ORDER_NUMBER));
    Assertions.assertThat(job(pi)).isNotNull();

    runtimeService().createMessageCorrelation("CancelOrder")
        .processInstanceBusinessKey(ORDER_NUMBER)
        .setVariable("cancelReason", "Entered twice")
        .setVariable("cancelledBy", ENTERED_BY)
        .correlate();

    assertThat(pi).isEnded().hasPassed("Event_OrderCancelled").hasNotPassed("Task_CallOrderReview");
    Assertions.assertThat(BpmnAwareTests.jobQuery().processInstanceId(pi.getId()).count()).isZero();
    Assertions.assertThat(validateOrder.wasCalled()).isFalse();
    Assertions.assertThat(recordCancellation.lastCall()).containsEntry("cancelReason", "Entered twice");
  }
}
