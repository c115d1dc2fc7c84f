package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
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
import org.ordertocash.returns.ReturnInspectionCheck;
import org.ordertocash.returns.ReturnProcess;
import org.ordertocash.returns.ReturnRefundCheck;
import org.ordertocash.returns.ReturnReviewCheck;

/**
 * bpmn/return.bpmn with the real return-eligibility table: each eligibility outcome, review both
 * ways, goods never arriving, each disposition, refund of paid and unpaid goods, replacement, and
 * exchange with a dearer, cheaper or same-priced product. Delegates are recorded, not run.
 */
@Deployment(resources = {"bpmn/return.bpmn", "bpmn/return-eligibility.dmn", "forms/review-return.form",
    "forms/inspect-return.form", "forms/refund-return.form"})
class ReturnProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(ProcessCoverage.MINIMUM).build();

  RecordingDelegate recordEligibility;
  RecordingDelegate reject;
  RecordingDelegate issueRma;
  RecordingDelegate closeRma;
  RecordingDelegate recordInspection;
  RecordingDelegate restock;
  RecordingDelegate sendGoods;
  RecordingDelegate credit;
  RecordingDelegate bookRefund;
  RecordingDelegate invoiceDifference;
  RecordingDelegate creditDifference;
  RecordingDelegate closeReturn;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    recordEligibility = RecordingDelegate.register("recordEligibilityDelegate");
    reject = RecordingDelegate.register("rejectReturnDelegate");
    issueRma = RecordingDelegate.register("issueRmaDelegate",
        Map.of("rmaNumber", "RMA-1", "receiveBy", "2030-01-15T00:00:00+08:00"));
    closeRma = RecordingDelegate.register("closeRmaDelegate");
    recordInspection = RecordingDelegate.register("recordInspectionDelegate");
    restock = RecordingDelegate.register("restockReturnDelegate");
    sendGoods = RecordingDelegate.register("sendReturnGoodsDelegate", Map.of("exchangeDifference", "NONE"));
    credit = RecordingDelegate.register("creditReturnDelegate", Map.of("refundOwed", false));
    bookRefund = RecordingDelegate.register("bookRefundDelegate");
    invoiceDifference = RecordingDelegate.register("invoiceDifferenceDelegate");
    creditDifference = RecordingDelegate.register("creditDifferenceDelegate");
    closeReturn = RecordingDelegate.register("closeReturnDelegate");
    Mocks.register("returnReviewCheck", new ReturnReviewCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("returnInspectionCheck", new ReturnInspectionCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("returnRefundCheck", new ReturnRefundCheck(new TaskRefusals(OrderToCashProperties.defaults())));
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  ProcessInstance requested(String reason, int daysSinceDelivery, String customerClass, String wish) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("returnNumber", "RT-1");
    variables.put("orderNumber", "SO-1");
    variables.put("daysSinceDelivery", daysSinceDelivery);
    variables.put("daysPastWindow", daysSinceDelivery - 30);
    variables.put("reason", reason);
    variables.put("category", "FURNITURE");
    variables.put("customerClass", customerClass);
    variables.put("wish", wish);
    variables.put("returnSummary", "Return RT-1");
    return runtimeService().startProcessInstanceByKey(ReturnProcess.KEY, "SO-1", variables);
  }

  /** An approved return whose goods arrived and were inspected with this disposition. */
  ProcessInstance inspected(String wish, String disposition) {
    ProcessInstance pi = requested("DEFECTIVE", 5, "B", wish);
    SavePoints.run(pi.getId());
    assertThat(pi).isWaitingAt(ReturnProcess.INSPECT_GOODS);
    assertThat(task(ReturnProcess.INSPECT_GOODS, pi)).hasCandidateGroup("warehouse");
    TaskCompletion.as("walter", task(ReturnProcess.INSPECT_GOODS, pi),
        Map.of("goodsCondition", "DEFECTIVE", "disposition", disposition, "inspectionNotes", "motor dead"));
    Assertions.assertThat(recordInspection.lastCall()).containsEntry("inspectedBy", "walter");
    SavePoints.run(pi.getId());
    return pi;
  }

  @Test
  void anApprovedReturnGetsAnRmaAndWaitsForTheGoodsUntilTheirDate() {
    ProcessInstance pi = requested("DEFECTIVE", 30, "B", "REFUND");

    assertThat(pi).hasPassed("Task_CheckEligibility", "Task_RecordEligibility").isWaitingAt("Task_IssueRma");
    Assertions.assertThat(recordEligibility.lastCall()).containsEntry("eligibility", "APPROVE");
    SavePoints.run(pi.getId());
    assertThat(pi).hasPassed("Task_IssueRma").isWaitingAt(ReturnProcess.INSPECT_GOODS);
    Assertions.assertThat(task(ReturnProcess.INSPECT_GOODS, pi).getDueDate()).isEqualTo("2030-01-14T16:00:00Z");
  }

  @Test
  void aReturnOutsideTheWindowIsRejectedAndTheCustomerTold() {
    ProcessInstance pi = requested("DEFECTIVE", 31, "B", "REFUND");

    SavePoints.run(pi.getId());

    assertThat(pi).isEnded().hasPassed("Task_RejectReturn", "Event_ReturnRejected").hasNotPassed("Task_IssueRma");
    Assertions.assertThat(reject.lastCall()).containsEntry("eligibility", "REJECT");
  }

  @Test
  void customerServiceApprovesAReturnTheTableSendsToReview() {
    ProcessInstance pi = requested("NOT_AS_DESCRIBED", 10, "B", "REFUND");
    assertThat(pi).isWaitingAt(ReturnProcess.REVIEW_RETURN);
    assertThat(task(ReturnProcess.REVIEW_RETURN, pi)).hasCandidateGroup("customer-service");

    TaskCompletion.as("carol", task(ReturnProcess.REVIEW_RETURN, pi), Map.of("returnDecision", "APPROVE"));
    SavePoints.run(pi.getId());

    assertThat(pi).hasPassed("Task_IssueRma").isWaitingAt(ReturnProcess.INSPECT_GOODS);
    Assertions.assertThat(issueRma.lastCall()).containsEntry("returnDecidedBy", "carol");
  }

  @Test
  void customerServiceRejectsWithAReasonTheCustomerReads() {
    ProcessInstance pi = requested("OTHER", 10, "B", "REFUND");

    assertThatThrownBy(() -> TaskCompletion.as("carol", task(ReturnProcess.REVIEW_RETURN, pi),
        Map.of("returnDecision", "REJECT"))).hasMessageContaining("请说明拒绝退货的原因");
    TaskCompletion.as("carol", task(ReturnProcess.REVIEW_RETURN, pi),
        Map.of("returnDecision", "REJECT", "returnDecisionNote", "used for a year"));
    SavePoints.run(pi.getId());

    assertThat(pi).isEnded().hasPassed("Event_ReturnRejected");
    Assertions.assertThat(reject.lastCall()).containsEntry("returnDecisionNote", "used for a year");
  }

  @Test
  void goodsThatNeverArriveCloseTheRma() {
    ProcessInstance pi = requested("WRONG_ITEM", 2, "C", "REFUND");
    SavePoints.run(pi.getId());

    Job timer = jobQuery().processInstanceId(pi.getId()).timers().singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo("2030-01-14T16:00:00Z");
    execute(timer);
    SavePoints.run(pi.getId());

    assertThat(pi).isEnded().hasPassed("Task_CloseRma", "Event_RmaExpired").hasNotPassed("Task_RecordInspection");
    Assertions.assertThat(closeRma.callCount()).isOne();
  }

  @Test
  void restockedGoodsOfAnUnpaidInvoiceAreCreditedWithoutRefund() {
    ProcessInstance pi = inspected("REFUND", "RESTOCK");

    assertThat(pi).isEnded().hasPassed("Task_Restock", "Task_CreditReturn", "Task_CloseReturn", "Event_ReturnSettled")
        .hasNotPassed(ReturnProcess.REFUND_CUSTOMER);
    Assertions.assertThat(restock.callCount()).isOne();
  }

  @Test
  void paidGoodsAreRefundedByFinanceWithTheTransfersReference() {
    credit = RecordingDelegate.register("creditReturnDelegate", Map.of("refundOwed", true, "refundText", "¥462.10"));
    ProcessInstance pi = inspected("REFUND", "SCRAP");
    assertThat(pi).isWaitingAt(ReturnProcess.REFUND_CUSTOMER);
    assertThat(task(ReturnProcess.REFUND_CUSTOMER, pi)).hasCandidateGroup("finance");

    assertThatThrownBy(() -> TaskCompletion.as("fiona", task(ReturnProcess.REFUND_CUSTOMER, pi),
        Map.of("refundDecision", "REFUND"))).hasMessageContaining("银行流水号");
    TaskCompletion.as("fiona", task(ReturnProcess.REFUND_CUSTOMER, pi),
        Map.of("refundDecision", "REFUND", "refundBankReference", "OUT-77"));
    SavePoints.run(pi.getId());

    assertThat(pi).isEnded().hasPassed("Task_BookRefund", "Event_ReturnSettled").hasNotPassed("Task_Restock");
    Assertions.assertThat(bookRefund.lastCall()).containsEntry("refundedBy", "fiona")
        .containsEntry("refundBankReference", "OUT-77");
  }

  @Test
  void financeCanKeepARefundAsTheCustomersCredit() {
    credit = RecordingDelegate.register("creditReturnDelegate", Map.of("refundOwed", true, "refundText", "¥462.10"));
    ProcessInstance pi = inspected("REFUND", "RETURN_TO_SUPPLIER");

    TaskCompletion.as("fiona", task(ReturnProcess.REFUND_CUSTOMER, pi), Map.of("refundDecision", "KEEP_AS_CREDIT"));
    SavePoints.run(pi.getId());

    assertThat(pi).isEnded().hasPassed("Event_ReturnSettled").hasNotPassed("Task_BookRefund");
  }

  @Test
  void repairedGoodsGoBackAndSettleTheReturn() {
    ProcessInstance pi = inspected("REFUND", "REPAIR");

    assertThat(pi).isEnded().hasPassed("Task_ShipRepairedGoods", "Event_ReturnSettled")
        .hasNotPassed("Task_CreditReturn", "Task_Restock");
  }

  @Test
  void aReplacementIsSent() {
    ProcessInstance pi = inspected("REPLACEMENT", "SCRAP");

    assertThat(pi).isEnded().hasPassed("Task_SendReplacement", "Event_ReturnSettled").hasNotPassed("Task_CreditReturn");
  }

  @Test
  void aDearerExchangeInvoicesTheDifference() {
    sendGoods = RecordingDelegate.register("sendReturnGoodsDelegate", Map.of("exchangeDifference", "MORE"));
    ProcessInstance pi = inspected("EXCHANGE", "RESTOCK");

    assertThat(pi).isEnded().hasPassed("Task_SendExchange", "Task_InvoiceDifference", "Event_ReturnSettled")
        .hasNotPassed("Task_CreditDifference");
  }

  @Test
  void aCheaperExchangeCreditsTheDifference() {
    sendGoods = RecordingDelegate.register("sendReturnGoodsDelegate", Map.of("exchangeDifference", "LESS"));
    ProcessInstance pi = inspected("EXCHANGE", "RESTOCK");

    assertThat(pi).isEnded().hasPassed("Task_CreditDifference", "Event_ReturnSettled")
        .hasNotPassed("Task_InvoiceDifference");
  }

  @Test
  void anExchangeAtTheSamePriceSettlesNothingMore() {
    ProcessInstance pi = inspected("EXCHANGE", "RESTOCK");

    assertThat(pi).isEnded().hasPassed("Task_SendExchange", "Event_ReturnSettled")
        .hasNotPassed("Task_CreditDifference", "Task_InvoiceDifference");
  }

  @Test
  void anInspectionNeedsAConditionAndADisposition() {
    ProcessInstance pi = requested("DEFECTIVE", 5, "B", "REFUND");
    SavePoints.run(pi.getId());

    assertThatThrownBy(() -> TaskCompletion.as("walter", task(ReturnProcess.INSPECT_GOODS, pi),
        Map.of("disposition", "RESTOCK"))).hasMessageContaining("到货状况");
    assertThatThrownBy(() -> TaskCompletion.as("walter", task(ReturnProcess.INSPECT_GOODS, pi),
        Map.of("goodsCondition", "AS_NEW", "disposition", "SELL_ON_EBAY"))).hasMessageContaining("重新入库、报废");
    assertThat(pi).isWaitingAt(ReturnProcess.INSPECT_GOODS);
  }
}
