package org.ordertocash.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
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
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.TaskRefusals;
import org.ordertocash.identity.FourEyesCheck;
import org.ordertocash.order.ReviewCommentCheck;
import org.ordertocash.order.RevisionCheck;

/**
 * bpmn/order-to-cash.bpmn with the real order-review call activity (its delegates mocked) and
 * stand-ins for the negotiation and contract-signing processes: each waits in one task whose
 * completion sets the outcome the umbrella reacts to. Their real paths are covered by their own
 * tests; here only order-to-cash counts towards the coverage minimum.
 */
@Deployment(resources = {
    "bpmn/order-to-cash.bpmn",
    "bpmn/contract-requirement.dmn",
    "bpmn/order-review.bpmn",
    "bpmn/order-review-routing.dmn",
    "forms/order-review.form",
    "forms/order-revision.form",
    "forms/credit-hold-review.form",
    "forms/credit-hold-chase.form"})
class OrderToCashProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .excludeProcessDefinitionKeys("order-review", "negotiation", "contract-signing", "shipment")
      .assertClassCoverageAtLeast(ProcessCoverage.MINIMUM)
      .build();

  static final String ORDER_NUMBER = "SO-2001";
  static final String NEGOTIATION_STUB = "Task_NegotiationStandIn";
  static final String CONTRACT_STUB = "Task_ContractStandIn";
  static final String SHIPMENT_STUB = "Task_ShipmentStandIn";
  static final String PREPAYMENT_STUB = "Task_PrepaymentStandIn";

  RecordingDelegate validateOrder;
  RecordingDelegate recordCancellation;
  RecordingDelegate lookUpPaymentTerms;
  RecordingDelegate creditCancelledOrder;
  RecordingDelegate sendDeliverySurvey;
  String standInDeployment;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.validOrder());
    RecordingDelegate.register("checkCreditDelegate", OrderFixtures.creditOk());
    RecordingDelegate.register("checkStockDelegate", OrderFixtures.inStock());
    RecordingDelegate.register("confirmOrderDelegate", OrderFixtures.outcome("CONFIRMED"));
    RecordingDelegate.register("rejectOrderDelegate", OrderFixtures.outcome("REJECTED"));
    RecordingDelegate.register("withdrawOrderDelegate", OrderFixtures.outcome("WITHDRAWN"));
    RecordingDelegate.register("handOverToNegotiationDelegate", OrderFixtures.outcome("NEGOTIATE"));
    RecordingDelegate.register("applyOrderRevisionDelegate");
    recordCancellation = RecordingDelegate.register("recordCancellationDelegate");
    lookUpPaymentTerms = RecordingDelegate.register("lookUpPaymentTermsDelegate", Map.of("paymentTerms", "NET_30"));
    creditCancelledOrder = RecordingDelegate.register("creditCancelledOrderDelegate");
    sendDeliverySurvey = RecordingDelegate.register("sendDeliverySurveyDelegate");
    OrderSummariesStub.register();
    Mocks.register("fourEyesCheck", new FourEyesCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("reviewCommentCheck", new ReviewCommentCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("revisionCheck", new RevisionCheck(java.time.Clock.systemDefaultZone(), new TaskRefusals(OrderToCashProperties.defaults())));
    standInDeployment = repositoryService().createDeployment().name("stand-ins")
        .addModelInstance("negotiation-stand-in.bpmn", standIn("negotiation", NEGOTIATION_STUB))
        .addModelInstance("contract-signing-stand-in.bpmn", standIn("contract-signing", CONTRACT_STUB))
        .addModelInstance("shipment-stand-in.bpmn", shipmentStandIn())
        .addModelInstance("prepayment-stand-in.bpmn", standIn("prepayment", PREPAYMENT_STUB))
        .addModelInstance("collection-stand-in.bpmn", Bpmn.createExecutableProcess("collection")
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void tearDown() {
    repositoryService().deleteDeployment(standInDeployment, true);
    identityService().clearAuthentication();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  /** A called process that waits in one task; completing it with an outcome variable ends it. */
  static BpmnModelInstance standIn(String processId, String taskId) {
    return Bpmn.createExecutableProcess(processId).camundaHistoryTimeToLive(1)
        .startEvent().userTask(taskId).endEvent().done();
  }

  /**
   * The shipment stand-in: completing its task with shipmentOutcome CANCELLED ends it as the real
   * shipment ends a cancelled order - with the error the umbrella catches.
   */
  static BpmnModelInstance shipmentStandIn() {
    return Bpmn.createExecutableProcess("shipment").camundaHistoryTimeToLive(1)
        .startEvent().userTask(SHIPMENT_STUB)
        .exclusiveGateway("Gateway_StandInOutcome")
        .condition("cancelled", "${shipmentOutcome == 'CANCELLED'}").endEvent("Event_StandInCancelled")
        .error("ORDER_CANCELLED_IN_SHIPMENT")
        .moveToLastGateway().condition("delivered", "${shipmentOutcome != 'CANCELLED'}").endEvent()
        .done();
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
    runReviewSavePoints(pi);
    return pi;
  }

  /** Confirming, rejecting and withdrawing run in jobs of their own (save points in the review). */
  void runReviewSavePoints(ProcessInstance pi) {
    for (ProcessInstance review : processInstanceQuery().superProcessInstanceId(pi.getId()).list()) {
      SavePoints.run(review.getId());
    }
  }

  void reviewAsManager(ProcessInstance pi, Map<String, Object> decision) {
    ProcessInstance review = calledProcessInstance("order-review", pi);
    identityService().setAuthenticatedUserId("mike");
    try {
      taskService().complete(task("Task_ReviewOrder", review).getId(), decision);
    } finally {
      identityService().clearAuthentication();
    }
    runReviewSavePoints(pi);
  }

  /** Ends the waiting negotiation stand-in with the given outcome. */
  void negotiationEnds(ProcessInstance pi, String outcome) {
    assertThat(pi).isWaitingAt("Task_CallNegotiation");
    ProcessInstance negotiation = calledProcessInstance("negotiation", pi);
    Assertions.assertThat(negotiation.getBusinessKey()).isEqualTo(ORDER_NUMBER);
    complete(task(NEGOTIATION_STUB, negotiation),
        withVariables("negotiationOutcome", outcome, "quotationNumber", "QT-2026-000001"));
    runReviewSavePoints(pi);
  }

  /** Ends the waiting contract stand-in with the given outcome. */
  void contractEnds(ProcessInstance pi, String outcome) {
    assertThat(pi).isWaitingAt("Task_CallContractSigning");
    ProcessInstance contract = calledProcessInstance("contract-signing", pi);
    Assertions.assertThat(contract.getBusinessKey()).isEqualTo(ORDER_NUMBER);
    complete(task(CONTRACT_STUB, contract),
        withVariables("contractOutcome", outcome, "contractNumber", "CT-2026-000001"));
  }

  /**
   * Shipping starts in a job of its own (asyncBefore): the step that confirmed the order or
   * recorded the contract's signature commits first, whatever happens in shipment.
   */
  void startShipment(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_CallShipment");
    Assertions.assertThat(processInstanceQuery().processDefinitionKey("shipment").count()).isZero();
    execute(job(pi));
  }

  /** Ends the waiting shipment stand-in with the given outcome. */
  void shipmentEnds(ProcessInstance pi, String outcome) {
    startShipment(pi);
    ProcessInstance shipment = calledProcessInstance("shipment", pi);
    Assertions.assertThat(shipment.getBusinessKey()).isEqualTo(ORDER_NUMBER);
    Assertions.assertThat(runtimeService().getVariables(shipment.getId()))
        .containsEntry("orderNumber", ORDER_NUMBER).containsEntry("enteredBy", ENTERED_BY);
    complete(task(SHIPMENT_STUB, shipment), withVariables("shipmentOutcome", outcome));
    if ("DELIVERED".equals(outcome)) {
      // the satisfaction survey beside collection is a save point of its own
      SavePoints.run(pi.getId());
    }
  }

  @Test
  void confirmedOrderBelowTheContractThresholdIsShippedAndDelivered() {
    ProcessInstance pi = receiveOrder();
    assertThat(pi).hasPassedInOrder("Event_OrderReceived", "Task_CallOrderReview", "Gateway_ReviewOutcome",
        "Task_DecideContract", "Gateway_ContractRequired", "Gateway_ReadyForShipment");

    shipmentEnds(pi, "DELIVERED");

    assertThat(pi).isEnded()
        .hasPassedInOrder("Gateway_ReadyForShipment", "Task_CallShipment", "Task_CallCollection", "Event_OrderPaid")
        .hasPassed("Task_SendDeliverySurvey", "Event_SurveySent")
        .hasNotPassed("Task_CallContractSigning", "Task_CallNegotiation")
        .variables()
        .containsEntry("reviewOutcome", "CONFIRMED")
        .containsEntry("contractRequired", false)
        .containsEntry("contractReason", "Order confirmation suffices");
    // the review ran with the order's business key and the two input variables only
    HistoricProcessInstance review = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("order-review").superProcessInstanceId(pi.getId()).singleResult();
    Assertions.assertThat(review.getBusinessKey()).isEqualTo(ORDER_NUMBER);
    Assertions.assertThat(validateOrder.lastCall())
        .containsEntry("orderNumber", ORDER_NUMBER)
        .containsEntry("enteredBy", ENTERED_BY);
    // what comes back from the review: its outcome and the facts the contract decision needs
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
        .extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrder("orderNumber", "enteredBy", "reviewOutcome", "orderValue", "negotiated",
            "contractRequired", "contractReason", "fulfilment", "paymentTerms");
    // the delivered order's collection ran with its business key and order number
    HistoricProcessInstance collection = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("collection").superProcessInstanceId(pi.getId()).singleResult();
    Assertions.assertThat(collection.getBusinessKey()).isEqualTo(ORDER_NUMBER);
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(collection.getId()).variableName("orderNumber").singleResult().getValue()).isEqualTo(ORDER_NUMBER);
  }

  @Test
  void orderAboveTheContractThresholdShipsOnceTheContractIsSigned() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate",
        OrderFixtures.validOrder("customerClass", "A", "orderValue", 150000.0));
    ProcessInstance pi = receiveOrder();
    assertThat(pi).hasPassed("Task_DecideContract").isWaitingAt("Task_CallContractSigning")
        .variables().containsEntry("contractRequired", true)
        .containsEntry("contractReason", "Order value above the contract threshold of 100,000");

    contractEnds(pi, "SIGNED");
    shipmentEnds(pi, "DELIVERED");

    assertThat(pi).isEnded().hasPassedInOrder("Task_CallContractSigning", "Gateway_ContractOutcome",
            "Gateway_ReadyForShipment", "Task_CallShipment", "Task_CallCollection", "Event_OrderPaid")
        .variables().containsEntry("contractOutcome", "SIGNED").containsEntry("contractNumber", "CT-2026-000001");
  }

  @Test
  void deepDiscountIsNegotiatedReviewedAgainAndPutIntoAContract() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.deepDiscountOrder())
        .then(OrderFixtures.negotiatedOrder());
    ProcessInstance pi = receiveOrder();
    assertThat(pi).hasPassed("Gateway_ReviewOutcome", "Gateway_ToNegotiation").isWaitingAt("Task_CallNegotiation")
        .variables().containsEntry("reviewOutcome", "NEGOTIATE");

    negotiationEnds(pi, "AGREED");

    // back through review: agreed prices are approved there (credit and stock checked again) ...
    Assertions.assertThat(validateOrder.callCount()).isEqualTo(2);
    assertThat(pi).hasPassed("Gateway_NegotiationOutcome").isWaitingAt("Task_CallContractSigning")
        .variables()
        .containsEntry("negotiationOutcome", "AGREED")
        .containsEntry("quotationNumber", "QT-2026-000001")
        .containsEntry("reviewOutcome", "CONFIRMED")
        .containsEntry("negotiated", true)
        // ... and a negotiated order is always put into a contract
        .containsEntry("contractReason", "Prices and terms agreed in negotiation");
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("order-review").superProcessInstanceId(pi.getId()).count()).isEqualTo(2);

    contractEnds(pi, "SIGNED");
    shipmentEnds(pi, "DELIVERED");

    assertThat(pi).isEnded().hasPassed("Event_OrderPaid").hasNotPassed("Event_OrderLost");
  }

  @Test
  void lostNegotiationEndsTheOrder() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.deepDiscountOrder());
    ProcessInstance pi = receiveOrder();

    negotiationEnds(pi, "LOST");

    assertThat(pi).isEnded().hasPassedInOrder("Task_CallNegotiation", "Gateway_NegotiationOutcome", "Event_OrderLost")
        .hasNotPassed("Task_DecideContract");
    Assertions.assertThat(validateOrder.callCount()).isEqualTo(1);
  }

  @Test
  void contractThatExpiredUnsignedIsNegotiatedAgainAndSignedNext() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate",
            OrderFixtures.validOrder("customerClass", "A", "orderValue", 150000.0))
        .then(OrderFixtures.negotiatedOrder());
    ProcessInstance pi = receiveOrder();

    contractEnds(pi, "RENEGOTIATE");
    assertThat(pi).hasPassed("Gateway_ContractOutcome", "Gateway_ToNegotiation").isWaitingAt("Task_CallNegotiation");
    negotiationEnds(pi, "AGREED");
    contractEnds(pi, "SIGNED");
    shipmentEnds(pi, "DELIVERED");

    assertThat(pi).isEnded().hasPassed("Event_OrderPaid");
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("contract-signing").superProcessInstanceId(pi.getId()).count()).isEqualTo(2);
  }

  @Test
  void contractThatExpiredUnsignedCanEndTheOrder() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate",
        OrderFixtures.validOrder("customerClass", "A", "orderValue", 150000.0));
    ProcessInstance pi = receiveOrder();

    contractEnds(pi, "CANCELLED");

    assertThat(pi).isEnded().hasPassedInOrder("Gateway_ContractOutcome", "Event_ContractCancelled")
        .hasNotPassed("Task_CallShipment", "Task_CallNegotiation");
  }

  @Test
  void rejectedOrder() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.dumpingPriceOrder());

    ProcessInstance pi = receiveOrder();

    assertThat(pi).isEnded().hasPassed("Event_OrderRejected").hasNotPassed("Task_DecideContract")
        .variables().containsEntry("reviewOutcome", "REJECTED");
  }

  @Test
  void howTheManagerChoseToDeliverAShortOrderTravelsOnToShipment() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.newCustomerOrder());
    RecordingDelegate.register("checkStockDelegate", OrderFixtures.shortage());
    ProcessInstance pi = receiveOrder();

    reviewAsManager(pi, withVariables("reviewDecision", "approve", "fulfilment", "PARTIAL_DELIVERY"));
    startShipment(pi);

    ProcessInstance shipment = calledProcessInstance("shipment", pi);
    Assertions.assertThat(runtimeService().getVariable(shipment.getId(), "fulfilment")).isEqualTo("PARTIAL_DELIVERY");
  }

  @Test
  void withdrawnOrder() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.newCustomerOrder());
    ProcessInstance pi = receiveOrder();
    assertThat(pi).isWaitingAt("Task_CallOrderReview");

    reviewAsManager(pi, withVariables("reviewDecision", "sendBack", "reviewNote", "Please check with the customer"));
    complete(task("Task_ReviseOrder", calledProcessInstance("order-review", pi)),
        withVariables("revisionDecision", "withdraw", "revisionNote", "Customer withdrew"));
    runReviewSavePoints(pi);

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

    cancel("Customer cancelled by phone", "carla");

    assertThat(pi).isEnded()
        .hasPassedInOrder("Event_CancelRequested", "Task_RecordCancellation", "Task_CreditCancelledOrder",
            "Event_OrderCancelled")
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
  void cancellationDuringNegotiationEndsTheNegotiationToo() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate", OrderFixtures.deepDiscountOrder());
    ProcessInstance pi = receiveOrder();
    ProcessInstance negotiation = calledProcessInstance("negotiation", pi);

    cancel("Customer bought elsewhere", "sally");

    assertThat(pi).isEnded().hasPassed("Event_OrderCancelled").hasNotPassed("Gateway_NegotiationOutcome");
    assertThat(negotiation).isEnded();
    Assertions.assertThat(taskQuery().processInstanceId(negotiation.getId()).count()).isZero();
  }

  @Test
  void cancellationWhileTheContractIsOpenEndsTheContractProcessToo() {
    validateOrder = RecordingDelegate.register("validateOrderDelegate",
        OrderFixtures.validOrder("customerClass", "A", "orderValue", 150000.0));
    ProcessInstance pi = receiveOrder();
    ProcessInstance contract = calledProcessInstance("contract-signing", pi);

    cancel("Project stopped", "carol");

    assertThat(pi).isEnded().hasPassed("Event_OrderCancelled").hasNotPassed("Gateway_ContractOutcome");
    assertThat(contract).isEnded();
  }

  @Test
  void orderCancelledDuringShipmentEndsThereWithItsInvoicesCredited() {
    ProcessInstance pi = receiveOrder();

    shipmentEnds(pi, "CANCELLED");
    assertThat(pi).isWaitingAt("Task_CreditOrderCancelledInShipment");
    SavePoints.run(pi.getId());

    assertThat(pi).isEnded().hasPassedInOrder("Task_CallShipment", "Event_CancelledInShipment",
            "Task_CreditOrderCancelledInShipment", "Event_ShipmentCancelled")
        .hasNotPassed("Event_OrderPaid");
    Assertions.assertThat(creditCancelledOrder.lastCall()).containsEntry("orderNumber", ORDER_NUMBER);
  }

  /** Ends the waiting prepayment stand-in as the real one ends: paid in full by the deadline, or not. */
  void prepaymentEnds(ProcessInstance pi, boolean paidInFull) {
    assertThat(pi).isWaitingAt("Task_CallPrepayment");
    ProcessInstance prepayment = calledProcessInstance("prepayment", pi);
    Assertions.assertThat(prepayment.getBusinessKey()).isEqualTo(ORDER_NUMBER);
    Assertions.assertThat(runtimeService().getVariables(prepayment.getId())).containsEntry("orderNumber", ORDER_NUMBER);
    complete(task(PREPAYMENT_STUB, prepayment), withVariables("paidInFull", paidInFull));
  }

  @Test
  void anOrderPaidInAdvanceShipsOnceItsInvoiceIsPaid() {
    lookUpPaymentTerms = RecordingDelegate.register("lookUpPaymentTermsDelegate", Map.of("paymentTerms", "PREPAID"));
    ProcessInstance pi = receiveOrder();

    prepaymentEnds(pi, true);
    shipmentEnds(pi, "DELIVERED");

    assertThat(pi).isEnded()
        .hasPassedInOrder("Task_LookUpPaymentTerms", "Gateway_Prepayment", "Task_CallPrepayment", "Gateway_Prepaid",
            "Gateway_ToShipment", "Task_CallShipment", "Task_CallCollection", "Event_OrderPaid")
        .hasNotPassed("Task_CancelUnpaidOrder")
        .variables().containsEntry("prepaid", true);
  }

  @Test
  void anOrderNotPaidInAdvanceShipsWithoutWaitingForMoney() {
    ProcessInstance pi = receiveOrder();

    assertThat(pi).hasPassed("Task_LookUpPaymentTerms", "Gateway_Prepayment").hasNotPassed("Task_CallPrepayment")
        .isWaitingAt("Task_CallShipment");
    Assertions.assertThat(lookUpPaymentTerms.lastCall()).containsEntry("orderNumber", ORDER_NUMBER);
  }

  @Test
  void anOrderWhosePrepaymentDidNotComeIsCancelledAndItsInvoiceCredited() {
    lookUpPaymentTerms = RecordingDelegate.register("lookUpPaymentTermsDelegate", Map.of("paymentTerms", "PREPAID"));
    ProcessInstance pi = receiveOrder();

    prepaymentEnds(pi, false);
    assertThat(pi).hasPassed("Task_CancelUnpaidOrder").isWaitingAt("Task_CreditUnpaidOrder");
    Assertions.assertThat(creditCancelledOrder.wasCalled()).as("crediting waits for its job").isFalse();
    SavePoints.run(pi.getId());

    assertThat(pi).isEnded().hasPassedInOrder("Gateway_Prepaid", "Task_CancelUnpaidOrder", "Task_CreditUnpaidOrder",
            "Event_OrderNotPrepaid")
        .hasNotPassed("Task_CallShipment");
    Assertions.assertThat(recordCancellation.lastCall()).containsEntry("cancelledBy", "system")
        .containsEntry("cancelReason",
            "The order was to be paid in advance and its invoice was not paid by the deadline.");
    Assertions.assertThat(creditCancelledOrder.callCount()).isOne();
  }

  @Test
  void cancellationDuringShipmentEndsTheShipmentProcessToo() {
    ProcessInstance pi = receiveOrder();
    startShipment(pi);
    ProcessInstance shipment = calledProcessInstance("shipment", pi);

    cancel("Customer went bankrupt", "carol");

    assertThat(pi).isEnded().hasPassed("Event_OrderCancelled").hasNotPassed("Event_OrderPaid", "Event_ShipmentCancelled");
    assertThat(shipment).isEnded();
    Assertions.assertThat(recordCancellation.lastCall()).containsEntry("cancelReason", "Customer went bankrupt");
  }

  @Test
  void cancellationBeforeTheReviewStartedRemovesThePendingReviewJob() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(
        "order-to-cash", ORDER_NUMBER, OrderFixtures.startVariables(ORDER_NUMBER));
    Assertions.assertThat(job(pi)).isNotNull();

    cancel("Entered twice", ENTERED_BY);

    assertThat(pi).isEnded().hasPassed("Event_OrderCancelled").hasNotPassed("Task_CallOrderReview");
    Assertions.assertThat(BpmnAwareTests.jobQuery().processInstanceId(pi.getId()).count()).isZero();
    Assertions.assertThat(validateOrder.wasCalled()).isFalse();
    Assertions.assertThat(recordCancellation.lastCall()).containsEntry("cancelReason", "Entered twice");
  }

  /** Cancels the order as the API does, then runs the save point that credits its invoices. */
  void cancel(String reason, String by) {
    String pi = runtimeService().createMessageCorrelation("CancelOrder")
        .processInstanceBusinessKey(ORDER_NUMBER)
        .setVariable("cancelReason", reason)
        .setVariable("cancelledBy", by)
        .correlateWithResult().getExecution().getProcessInstanceId();
    Assertions.assertThat(creditCancelledOrder.wasCalled()).as("crediting waits for its job").isFalse();
    SavePoints.run(pi);
    Assertions.assertThat(creditCancelledOrder.lastCall()).containsEntry("orderNumber", ORDER_NUMBER);
  }
}
