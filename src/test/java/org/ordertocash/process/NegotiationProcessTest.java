package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.ordertocash.process.OrderFixtures.ENTERED_BY;
import static org.ordertocash.process.OrderFixtures.ORDER_NUMBER;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.form.CamundaFormRef;
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
import org.ordertocash.config.TaskRefusals;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.TaskRefusal;
import org.ordertocash.identity.FourEyesCheck;
import org.ordertocash.negotiation.QuotationApprovalSteps;
import org.ordertocash.negotiation.NegotiationTaskListeners;

/** Every path through bpmn/negotiation.bpmn on a plain in-memory engine, the real discount-authority decision, mocked delegates. */
@Deployment(resources = {
    "bpmn/negotiation.bpmn",
    "bpmn/discount-authority.dmn",
    "forms/prepare-negotiation.form",
    "forms/propose-quotation.form",
    "forms/approve-quotation.form",
    "forms/quotation-rejected.form",
    "forms/quotation-expired.form"})
class NegotiationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(ProcessCoverage.MINIMUM).build();

  static final Date NOW = Date.from(Instant.parse("2026-11-23T09:00:00Z"));
  static final String QUOTATION = "QT-2026-000001";
  static final Date EXPIRES = Date.from(NOW.toInstant().plus(31, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS));

  RecordingDelegate startNegotiation;
  RecordingDelegate recordPreparation;
  RecordingDelegate draftQuotation;
  RecordingDelegate recordApprovalRoute;
  RecordingDelegate sendQuotation;
  RecordingDelegate expireQuotation;
  RecordingDelegate prepareNextRound;
  RecordingDelegate agreeTerms;
  RecordingDelegate recordLoss;
  final List<String> approvals = new ArrayList<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(NOW);
    startNegotiation = RecordingDelegate.register("startNegotiationDelegate", Map.of("quotationLines", "[]"));
    recordPreparation = RecordingDelegate.register("recordPreparationDelegate");
    draftQuotation = RecordingDelegate.register("draftQuotationDelegate", proposal(1, 5.0, 30));
    recordApprovalRoute = RecordingDelegate.register("recordApprovalRouteDelegate");
    sendQuotation = RecordingDelegate.register("sendQuotationDelegate", Map.of("quotationExpiresAt", EXPIRES));
    expireQuotation = RecordingDelegate.register("expireQuotationDelegate");
    prepareNextRound = RecordingDelegate.register("prepareNextRoundDelegate");
    agreeTerms = RecordingDelegate.register("agreeTermsDelegate", Map.of("negotiationOutcome", "AGREED"));
    recordLoss = RecordingDelegate.register("recordLossDelegate", Map.of("negotiationOutcome", "LOST"));
    OrderSummariesStub.register();
    Mocks.register("customerBackgrounds", new Stub("Class A customer, 3 orders"));
    Mocks.register("quotationSummaries", new Stub("Quotation summary"));
    Mocks.register("fourEyesCheck", new FourEyesCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("quotationApprovalSteps", new QuotationApprovalSteps(OrderToCashProperties.defaults()));
    Mocks.register("quotationApprovalStepNaming",
        new NegotiationTaskListeners.ApprovalStepNaming(new QuotationApprovalSteps(OrderToCashProperties.defaults())));
    Mocks.register("negotiationPreparationCheck", new NegotiationTaskListeners.PreparationCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("quotationProposalCheck", new NegotiationTaskListeners.ProposalCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("quotationFollowUpCheck", new NegotiationTaskListeners.FollowUpCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("quotationApprovalRecorder", new NegotiationTaskListeners.ApprovalRecorder(
        (number, version, step, decision, approver, comment) ->
            approvals.add(number + "/v" + version + " " + step + " " + decision + " by " + approver), new TaskRefusals(OrderToCashProperties.defaults())));
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  /** Stand-in for the markdown beans of the forms. */
  public static final class Stub {
    private final String text;

    Stub(String text) {
      this.text = text;
    }

    public String markdown(String orderNumber) {
      return text + " (" + orderNumber + ")";
    }

    public String markdown(String number, Object version) {
      return text + " " + number + "/v" + version;
    }

    public String targets(String orderNumber) {
      return text + " targets " + orderNumber;
    }
  }

  /** What draftQuotationDelegate sets: the decision's inputs for a class A customer (default NET_30). */
  static Map<String, Object> proposal(int version, double maxDiscount, int termsDays) {
    Map<String, Object> v = new HashMap<>();
    v.put("quotationNumber", QUOTATION);
    v.put("quotationVersion", version);
    v.put("quotationProposedBy", "sally");
    v.put("maxDiscountPercent", maxDiscount);
    v.put("quotationValue", 20000.0);
    v.put("paymentTermsDays", termsDays);
    v.put("defaultPaymentTermsDays", 30);
    v.put("customerClass", "A");
    v.put("approvedBy", "");
    v.put("approvalDecision", null);
    return v;
  }

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("negotiation", ORDER_NUMBER,
        Map.of("orderNumber", ORDER_NUMBER, "enteredBy", ENTERED_BY));
  }

  static Date inDays(int days) {
    return Date.from(NOW.toInstant().plus(days, ChronoUnit.DAYS));
  }

  static Task userTask(ProcessInstance pi, String key, String group, int dueInDays, String form) {
    assertThat(pi).isWaitingAt(key);
    Task task = task(key, pi);
    assertThat(task).hasCandidateGroup(group).hasDueDate(inDays(dueInDays));
    CamundaFormRef formRef = taskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getCamundaFormRef();
    Assertions.assertThat(formRef.getKey()).isEqualTo(form);
    Assertions.assertThat(formRef.getBinding()).isEqualTo("deployment");
    return task;
  }

  /** Completes the task as the user, then runs the save points the completion led to. */
  void completeAs(String user, Task task, Map<String, Object> variables) {
    TaskCompletion.as(user, task, variables);
    SavePoints.run(task.getProcessInstanceId());
  }

  static final Map<String, Object> PREPARED = Map.of("targetPrice", 20000, "bottomLine", 18000.5,
      "negotiationTeam", List.of("sally", "fiona"), "negotiationMaterials", "Competitor price list");
  static final Map<String, Object> PROPOSED = Map.of("quotationLines",
      "[{\"lineNo\": 1, \"unitPrice\": 950.00}]", "proposedPaymentTerms", "NET_30");

  /** Started, prepared and proposed: waits where the decision routes the first version. */
  ProcessInstance proposed() {
    ProcessInstance pi = start();
    Task prepare = userTask(pi, "Task_PrepareNegotiation", "sales", 2, "prepare-negotiation");
    Assertions.assertThat(taskService().getVariable(prepare.getId(), "customerBackground"))
        .isEqualTo("Class A customer, 3 orders (" + ORDER_NUMBER + ")");
    completeAs("sally", prepare, PREPARED);
    completeAs("sally", userTask(pi, "Task_ProposeQuotation", "sales", 2, "propose-quotation"), PROPOSED);
    return pi;
  }

  void answer(ProcessInstance pi, String decision) {
    assertThat(pi).isWaitingAt("Gateway_AwaitResponse");
    runtimeService().createMessageCorrelation("QuotationResponse")
        .processInstanceBusinessKey(ORDER_NUMBER)
        .processInstanceVariableEquals("quotationNumber", QUOTATION)
        .setVariable("customerDecision", decision)
        .setVariable("customerReason", "REJECT".equals(decision) ? "Too expensive" : null)
        .correlate();
    // asynchronous after the message: the API call only records and correlates
    assertThat(pi).isWaitingAt("Event_QuotationResponseReceived");
    execute(job());
  }

  // --- rep alone, accepted ---------------------------------------------------------------------

  @Test
  void smallDiscountIsSentWithoutApprovalAndAcceptanceAgreesTheTerms() {
    ProcessInstance pi = proposed();

    assertThat(pi).isWaitingAt("Gateway_AwaitResponse")
        .hasPassedInOrder("Task_StartNegotiation", "Task_PrepareNegotiation", "Task_RecordPreparation",
            "Task_ProposeQuotation", "Task_DraftQuotation", "Task_DecideDiscountAuthority", "Task_RecordApprovalRoute",
            "Gateway_ApprovalNeeded", "Gateway_QuotationApproved", "Task_SendQuotation")
        .hasNotPassed("Task_ApproveQuotation")
        .variables().containsEntry("approvalRoute", "REP_ONLY").containsEntry("financeApproval", false);
    Assertions.assertThat(recordPreparation.lastCall()).containsEntry("targetPrice", 20000)
        .containsEntry("bottomLine", 18000.5);
    Assertions.assertThat(draftQuotation.lastCall()).containsKey("quotationLines");
    Assertions.assertThat(jobQuery().timers().singleResult().getDuedate()).isEqualTo(EXPIRES);

    answer(pi, "ACCEPT");

    assertThat(pi).isEnded().hasPassedInOrder("Gateway_CustomerResponse", "Task_AgreeTerms", "Event_NegotiationAgreed")
        .variables().containsEntry("negotiationOutcome", "AGREED").containsEntry("quotationNumber", QUOTATION);
    Assertions.assertThat(jobQuery().count()).isZero();
  }

  // --- preparation and proposal checks ----------------------------------------------------------

  @Test
  void bottomLineAboveTheTargetIsRefused() {
    ProcessInstance pi = start();
    Task prepare = task("Task_PrepareNegotiation", pi);

    assertThatThrownBy(() -> completeAs("sally", prepare, Map.of("targetPrice", 1000, "bottomLine", 1200)))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e).getMessage()).contains("不得高于目标价"));
    assertThatThrownBy(() -> completeAs("sally", prepare, Map.of("targetPrice", 0, "bottomLine", 0)))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e).getMessage()).contains("必须大于 0"));
    assertThat(pi).isWaitingAt("Task_PrepareNegotiation");
    Assertions.assertThat(recordPreparation.wasCalled()).isFalse();

    completeAs("sally", prepare, Map.of("targetPrice", 1000, "bottomLine", 1000));
    assertThat(pi).isWaitingAt("Task_ProposeQuotation");
  }

  @Test
  void proposalWithoutAPositivePriceIsRefused() {
    ProcessInstance pi = start();
    completeAs("sally", task("Task_PrepareNegotiation", pi), PREPARED);
    Task propose = task("Task_ProposeQuotation", pi);

    for (String lines : List.of("[{\"lineNo\": 1, \"unitPrice\": 0}]", "[{\"lineNo\": 1, \"unitPrice\": -5}]",
        "[{\"lineNo\": 1}]", "[{\"lineNo\": 1, \"unitPrice\": \"abc\"}]", "not json")) {
      assertThatThrownBy(() -> completeAs("sally", propose, Map.of("quotationLines", lines, "proposedPaymentTerms", "NET_30")))
          .as(lines).satisfies(e -> Assertions.assertThat(TaskRefusal.isRefusal(e)).isTrue());
    }
    assertThat(pi).isWaitingAt("Task_ProposeQuotation");
    Assertions.assertThat(draftQuotation.wasCalled()).isFalse();
  }

  // --- approvals ---------------------------------------------------------------------------------

  /** The open step of "Approve quotation" (one multi-instance task): its step, group and label. */
  Task approval(ProcessInstance pi, String step) {
    Task task = userTask(pi, "Task_ApproveQuotation", "FINANCE".equals(step) ? "finance" : "sales-managers", 1,
        "approve-quotation");
    Assertions.assertThat(taskService().getVariable(task.getId(), "approvalStep")).isEqualTo(step);
    Assertions.assertThat((String) taskService().getVariable(task.getId(), "approvalStepLabel")).isNotBlank();
    return task;
  }

  @Test
  void salesManagerApprovesAndTheProposerMayNot() {
    draftQuotation = RecordingDelegate.register("draftQuotationDelegate", proposal(1, 20.0, 30));
    ProcessInstance pi = proposed();
    Task approval = approval(pi, "SALES_MANAGER");
    Assertions.assertThat(taskService().getVariable(approval.getId(), "quotationSummary"))
        .isEqualTo("Quotation summary " + QUOTATION + "/v1");
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), "approvalRoute")).isEqualTo("SALES_MANAGER");

    assertThatThrownBy(() -> completeAs("sally", approval, Map.of("approvalDecision", "approve")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e).getMessage()).contains("sally", "提出或已批准过这份报价", "Approve quotation (sales manager)"));
    assertThatThrownBy(() -> taskService().setAssignee(approval.getId(), "sally"))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.isRefusal(e)).isTrue());
    Assertions.assertThat(approvals).isEmpty();

    completeAs("mike", approval, Map.of("approvalDecision", "approve"));

    assertThat(pi).isWaitingAt("Gateway_AwaitResponse")
        .hasPassed("Gateway_ApprovalDecision", "Task_SendQuotation");
    Assertions.assertThat(approvals).containsExactly(QUOTATION + "/v1 SALES_MANAGER approve by mike");
    Assertions.assertThat(sendQuotation.lastCall()).as("sent in a job, for the approving manager")
        .containsEntry("decidedBy", "mike").containsEntry("quotationProposedBy", "sally");
  }

  @Test
  void salesDirectorRouteNeedsTwoDifferentManagersAndExtendedTermsFinance() {
    draftQuotation = RecordingDelegate.register("draftQuotationDelegate", proposal(1, 35.0, 60));
    ProcessInstance pi = proposed();
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry("approvalRoute", "SALES_DIRECTOR").containsEntry("financeApproval", true);

    completeAs("mike", approval(pi, "SALES_MANAGER"), Map.of("approvalDecision", "approve"));
    Task second = approval(pi, "SECOND_SALES_MANAGER");
    Assertions.assertThat(taskService().getVariable(second.getId(), "fourEyesExcluded")).isEqualTo("sally,mike");

    assertThatThrownBy(() -> completeAs("mike", second, Map.of("approvalDecision", "approve")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e).getMessage()).contains("mike", "已批准过"));
    assertThatThrownBy(() -> completeAs("sally", second, Map.of("approvalDecision", "approve")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.isRefusal(e)).isTrue());
    completeAs("nina", second, Map.of("approvalDecision", "approve"));

    Task finance = approval(pi, "FINANCE");
    completeAs("fiona", finance, Map.of("approvalDecision", "approve", "approvalComment", "NET_60 ok for this customer"));

    assertThat(pi).isWaitingAt("Gateway_AwaitResponse").hasPassed("Task_SendQuotation");
    Assertions.assertThat(approvals).containsExactly(
        QUOTATION + "/v1 SALES_MANAGER approve by mike",
        QUOTATION + "/v1 SECOND_SALES_MANAGER approve by nina",
        QUOTATION + "/v1 FINANCE approve by fiona");
  }

  /**
   * Orders still running on the version before the multi-instance approval (three approval tasks,
   * the second manager's four-eyes from {@code firstApprover}) go on with today's beans.
   */
  @Test
  @Deployment(resources = {
      "legacy/negotiation-before-multi-instance-approval.bpmn",
      "bpmn/discount-authority.dmn",
      "forms/prepare-negotiation.form",
      "forms/propose-quotation.form",
      "forms/approve-quotation.form",
      "forms/quotation-rejected.form",
      "forms/quotation-expired.form"})
  void aNegotiationOnTheVersionBeforeTheMultiInstanceApprovalStillRuns() {
    draftQuotation = RecordingDelegate.register("draftQuotationDelegate", proposal(1, 35.0, 30));
    ProcessInstance pi = proposed();

    completeAs("mike", task("Task_ApproveAsSalesManager", pi), Map.of("approvalDecision", "approve"));
    Task second = task("Task_ApproveAsSecondManager", pi);
    Assertions.assertThat(taskService().getVariable(second.getId(), "fourEyesExcluded")).isEqualTo("sally,mike");
    assertThatThrownBy(() -> completeAs("mike", second, Map.of("approvalDecision", "approve")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.isRefusal(e)).isTrue());
    completeAs("nina", second, Map.of("approvalDecision", "approve"));

    assertThat(pi).isWaitingAt("Gateway_AwaitResponse").hasPassed("Task_SendQuotation");
  }

  @Test
  void extendedTermsAloneNeedOnlyFinance() {
    draftQuotation = RecordingDelegate.register("draftQuotationDelegate", proposal(1, 0.0, 60));
    ProcessInstance pi = proposed();

    completeAs("fiona", approval(pi, "FINANCE"), Map.of("approvalDecision", "approve"));

    assertThat(pi).hasPassed("Gateway_ApprovalNeeded", "Task_ApproveQuotation", "Task_SendQuotation");
    Assertions.assertThat(approvals).containsExactly(QUOTATION + "/v1 FINANCE approve by fiona");
  }

  @Test
  void refusalNeedsACommentAndSendsTheQuotationBackToSales() {
    draftQuotation = RecordingDelegate.register("draftQuotationDelegate", proposal(1, 20.0, 30))
        .then(proposal(2, 8.0, 30));
    ProcessInstance pi = proposed();
    Task approval = approval(pi, "SALES_MANAGER");

    assertThatThrownBy(() -> completeAs("mike", approval, Map.of("approvalDecision", "reject")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e).getMessage()).contains("销售应修改什么"));
    completeAs("mike", approval, Map.of("approvalDecision", "reject", "approvalComment", "Max 10 % please"));

    assertThat(pi).hasPassedInOrder("Task_ApproveQuotation", "Gateway_ApprovalDecision", "Gateway_Requote",
        "Task_PrepareNextRound").isWaitingAt("Task_ProposeQuotation");
    Assertions.assertThat(approvals).containsExactly(QUOTATION + "/v1 SALES_MANAGER reject by mike");

    completeAs("sally", task("Task_ProposeQuotation", pi), PROPOSED);
    assertThat(pi).isWaitingAt("Gateway_AwaitResponse");
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), "quotationVersion")).isEqualTo(2);
  }

  @Test
  void secondManagerAndFinanceMayRefuseToo() {
    draftQuotation = RecordingDelegate.register("draftQuotationDelegate", proposal(1, 35.0, 60))
        .then(proposal(2, 35.0, 60));
    ProcessInstance pi = proposed();
    completeAs("mike", approval(pi, "SALES_MANAGER"), Map.of("approvalDecision", "approve"));
    completeAs("nina", approval(pi, "SECOND_SALES_MANAGER"),
        Map.of("approvalDecision", "reject", "approvalComment", "Too deep"));
    assertThat(pi).as("a refusal ends the chain: finance is not asked")
        .hasPassed("Gateway_ApprovalDecision").isWaitingAt("Task_ProposeQuotation");

    completeAs("sally", task("Task_ProposeQuotation", pi), PROPOSED);
    completeAs("nina", approval(pi, "SALES_MANAGER"), Map.of("approvalDecision", "approve"));
    Task second = approval(pi, "SECOND_SALES_MANAGER");
    Assertions.assertThat(taskService().getVariable(second.getId(), "fourEyesExcluded")).isEqualTo("sally,nina");
    completeAs("mike", second, Map.of("approvalDecision", "approve"));
    completeAs("fiona", approval(pi, "FINANCE"),
        Map.of("approvalDecision", "reject", "approvalComment", "NET_60 is too long"));

    assertThat(pi).hasPassed("Gateway_ApprovalDecision").isWaitingAt("Task_ProposeQuotation");
    Assertions.assertThat(approvals).filteredOn(a -> a.startsWith(QUOTATION + "/v1 FINANCE")).isEmpty();
    Assertions.assertThat(prepareNextRound.callCount()).isEqualTo(2);
  }

  // --- the customer's answers ---------------------------------------------------------------------

  @Test
  void counterOfferStartsAnotherRoundThenAccepted() {
    draftQuotation = RecordingDelegate.register("draftQuotationDelegate", proposal(1, 5.0, 30))
        .then(proposal(2, 9.0, 30));
    ProcessInstance pi = proposed();

    answer(pi, "COUNTER");

    assertThat(pi).hasPassed("Gateway_CustomerResponse", "Gateway_Requote", "Task_PrepareNextRound").isWaitingAt("Task_ProposeQuotation");
    completeAs("sally", task("Task_ProposeQuotation", pi), PROPOSED);
    Assertions.assertThat(draftQuotation.callCount()).isEqualTo(2);
    Assertions.assertThat(sendQuotation.callCount()).isEqualTo(2);

    answer(pi, "ACCEPT");
    assertThat(pi).isEnded().hasPassed("Event_NegotiationAgreed")
        .variables().containsEntry("negotiationOutcome", "AGREED").containsEntry("quotationVersion", 2);
  }

  @Test
  void rejectedQuotationClosedAsLostNeedsAReason() {
    ProcessInstance pi = proposed();
    answer(pi, "REJECT");
    Task rejected = userTask(pi, "Task_HandleRejectedQuotation", "sales", 2, "quotation-rejected");

    assertThatThrownBy(() -> completeAs("sally", rejected, Map.of("followUp", "lost")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e).getMessage()).contains("原因"));
    assertThatThrownBy(() -> completeAs("sally", rejected, Map.of()))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.isRefusal(e)).isTrue());
    completeAs("sally", rejected, Map.of("followUp", "lost", "lostReason", "Price", "competitor", "Cheapo Ltd."));

    assertThat(pi).isEnded().hasPassedInOrder("Gateway_AfterRejection", "Gateway_Lost", "Task_RecordLoss",
        "Event_NegotiationLost").variables().containsEntry("negotiationOutcome", "LOST");
    Assertions.assertThat(recordLoss.lastCall()).containsEntry("lostReason", "Price").containsEntry("competitor", "Cheapo Ltd.");
    Assertions.assertThat(jobQuery().count()).isZero();
  }

  @Test
  void rejectedQuotationReQuoted() {
    ProcessInstance pi = proposed();
    answer(pi, "REJECT");

    completeAs("sally", task("Task_HandleRejectedQuotation", pi), Map.of("followUp", "requote"));

    assertThat(pi).hasPassed("Gateway_AfterRejection", "Gateway_Requote", "Task_PrepareNextRound").isWaitingAt("Task_ProposeQuotation");
  }

  @Test
  void unansweredQuotationExpiresAndSalesReQuotesOrClosesAsLost() {
    ProcessInstance pi = proposed();
    Job timer = jobQuery().timers().singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(EXPIRES);

    execute(timer);

    assertThat(pi).hasPassed("Event_QuotationExpired", "Task_ExpireQuotation").hasNotPassed("Event_QuotationResponseReceived");
    Task expired = userTask(pi, "Task_HandleExpiredQuotation", "sales", 2, "quotation-expired");
    Assertions.assertThat(expireQuotation.lastCall()).containsEntry("quotationNumber", QUOTATION);
    // a late answer finds nobody waiting
    Assertions.assertThat(runtimeService().createMessageCorrelation("QuotationResponse")
        .processInstanceBusinessKey(ORDER_NUMBER).correlateAllWithResult()).isEmpty();

    completeAs("sally", expired, Map.of("followUp", "requote"));
    assertThat(pi).hasPassed("Gateway_AfterExpiry", "Gateway_Requote").isWaitingAt("Task_ProposeQuotation");

    completeAs("sally", task("Task_ProposeQuotation", pi), PROPOSED);
    execute(jobQuery().timers().singleResult());
    completeAs("sally", task("Task_HandleExpiredQuotation", pi),
        Map.of("followUp", "lost", "lostReason", "Customer did not answer twice"));

    assertThat(pi).isEnded().hasPassed("Gateway_Lost", "Event_NegotiationLost")
        .variables().containsEntry("negotiationOutcome", "LOST");
  }
}
