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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
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
import org.ordertocash.contract.Contract;
import org.ordertocash.contract.ContractInputCheck;
import org.ordertocash.contract.ContractReviewKind;
import org.ordertocash.contract.ContractReviewRecorder;
import org.ordertocash.contract.ContractService;
import org.ordertocash.contract.ContractSettings;
import org.ordertocash.contract.ContractTerms;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.identity.FourEyesCheck;

/**
 * Every path through bpmn/contract-signing.bpmn on a plain in-memory engine: the real
 * contract-risk decision, forms and task listeners (four-eyes, input checks, review recorder
 * over a mocked ContractService); service tasks mocked.
 */
@Deployment(resources = {
    "bpmn/contract-signing.bpmn",
    "bpmn/contract-risk.dmn",
    "forms/draft-contract.form",
    "forms/legal-review.form",
    "forms/risk-review.form",
    "forms/contract-sign-off.form",
    "forms/amend-contract.form",
    "forms/internal-signature.form",
    "forms/contract-expired.form"})
class ContractSigningProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(ProcessCoverage.MINIMUM).build();

  static final String ORDER = "SO-3001";
  static final String CONTRACT = "CT-2026-000001";
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final ContractTerms DRAFTED =
      new ContractTerms(PaymentTerms.NET_30, LocalDate.parse("2026-12-15"), new BigDecimal("0.5"), new BigDecimal("5"), null);

  RecordingDelegate openContract;
  RecordingDelegate issueVersion;
  RecordingDelegate recordRisk;
  RecordingDelegate sendContract;
  RecordingDelegate reminder;
  RecordingDelegate expire;
  RecordingDelegate cancelOrder;
  RecordingDelegate applyTerms;
  ContractService contracts;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
    Map<String, Object> opened = new HashMap<>(Map.of("contractNumber", CONTRACT, "paymentTerms", "NET_30",
        "deliveryDate", "2026-12-15", "penaltyPercentPerWeek", 0.5, "penaltyCapPercent", 5.0));
    opened.put("specialClauses", null);
    openContract = RecordingDelegate.register("openContractDelegate", opened);
    issueVersion = RecordingDelegate.register("issueContractVersionDelegate", lowRisk(1));
    recordRisk = RecordingDelegate.register("recordContractRiskDelegate");
    sendContract = RecordingDelegate.register("sendContractDelegate");
    reminder = RecordingDelegate.register("contractReminderDelegate");
    expire = RecordingDelegate.register("expireContractDelegate");
    cancelOrder = RecordingDelegate.register("cancelContractOrderDelegate", Map.of("contractOutcome", "CANCELLED"));
    applyTerms = RecordingDelegate.register("applyContractTermsDelegate", Map.of("contractOutcome", "SIGNED"));
    OrderSummariesStub.register();
    Mocks.register("contractSummaries", new ContractSummariesStub());
    Mocks.register("contractSettings", new ContractSettings(OrderToCashProperties.defaults()));
    Mocks.register("fourEyesCheck", new FourEyesCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    contracts = mock(ContractService.class);
    Contract current = mock(Contract.class);
    when(current.terms()).thenReturn(DRAFTED);
    when(contracts.contract(CONTRACT)).thenReturn(current);
    Mocks.register("contractInputCheck", new ContractInputCheck(contracts, Clock.fixed(NOW, ZoneOffset.UTC), new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("contractReviewRecorder", new ContractReviewRecorder(contracts, new TaskRefusals(OrderToCashProperties.defaults())));
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  public static final class ContractSummariesStub {
    public String markdown(String contractNumber) {
      return "## Contract " + contractNumber;
    }
  }

  /** What the issue delegate sets: a version and the risk inputs (LOW: total score 0). */
  static Map<String, Object> lowRisk(int version) {
    return riskInputs(version, 30, 0.3, 0.5, 5.0, 107988.0);
  }

  /** Net 90 (+2) and over the credit limit (+3): HIGH. */
  static Map<String, Object> highRisk(int version) {
    return riskInputs(version, 90, 1.2, 0.5, 5.0, 107988.0);
  }

  static Map<String, Object> riskInputs(int version, int days, double exposure, double perWeek, double cap, double value) {
    return Map.of("contractVersion", version, "paymentTermsDays", days, "creditExposureRatio", exposure,
        "penaltyPercentPerWeek", perWeek, "penaltyCapPercent", cap, "contractValue", value,
        "creditExposureText", "¥1,000.00 of a limit of ¥10,000.00");
  }

  static Map<String, Object> terms(String paymentTerms, String specialClauses) {
    Map<String, Object> v = new HashMap<>(Map.of("paymentTerms", paymentTerms, "deliveryDate", "2026-12-15",
        "penaltyPercentPerWeek", 0.5, "penaltyCapPercent", 5.0));
    v.put("specialClauses", specialClauses);
    return v;
  }

  static Map<String, Object> with(Map<String, Object> base, Object... more) {
    Map<String, Object> v = new HashMap<>(base);
    for (int i = 0; i < more.length; i += 2) {
      v.put((String) more[i], more[i + 1]);
    }
    return v;
  }

  static Date inDays(int days) {
    return Date.from(NOW.plus(days, ChronoUnit.DAYS));
  }

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("contract-signing", ORDER,
        Map.of("orderNumber", ORDER, "enteredBy", "sally"));
  }

  /** Completes the task as the user, then runs the save points the completion led to. */
  void completeAs(String user, Task task, Map<String, Object> variables) {
    TaskCompletion.as(user, task, variables);
    SavePoints.run(task.getProcessInstanceId());
  }

  /** Candidate group, due date and the Camunda Form bound to the deployment. */
  static Task userTask(ProcessInstance pi, String key, String group, int dueDays, String form) {
    Task task = task(key, pi);
    assertThat(task).hasCandidateGroup(group).hasDueDate(inDays(dueDays));
    CamundaFormRef ref = taskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getCamundaFormRef();
    Assertions.assertThat(ref.getKey()).isEqualTo(form);
    Assertions.assertThat(ref.getBinding()).isEqualTo("deployment");
    return task;
  }

  ProcessInstance drafted(String drafter) {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Task_DraftContract").variables()
        .containsEntry("contractNumber", CONTRACT).containsEntry("paymentTerms", "NET_30");
    Task draft = userTask(pi, "Task_DraftContract", "sales", 1, "draft-contract");
    Assertions.assertThat(taskService().getVariable(draft.getId(), "orderSummary"))
        .isEqualTo(OrderSummariesStub.summaryOf(ORDER));
    completeAs(drafter, draft, terms("NET_30", null));
    return pi;
  }

  void approve(ProcessInstance pi, String key, String user, String prefix) {
    completeAs(user, task(key, pi), Map.of(prefix + "Decision", "approve"));
  }

  void requestAmendment(ProcessInstance pi, String key, String user, String prefix, String clause) {
    completeAs(user, task(key, pi), Map.of(prefix + "Decision", "amend", prefix + "Clause", clause,
        prefix + "Change", "Please change " + clause));
  }

  void signInternally(ProcessInstance pi, String user) {
    Task sign = userTask(pi, "Task_SignInternally", "sales-managers", 1, "internal-signature");
    completeAs(user, sign, Map.of("internalSignatureDecision", "sign"));
  }

  void customerSigns() {
    runtimeService().createMessageCorrelation("ContractSigned").processInstanceBusinessKey(ORDER).correlate();
  }

  // --- the straight path -------------------------------------------------------------------------

  @Test
  void lowRiskContractIsReviewedByLegalAndFinanceSignedAndTheTermsApplied() {
    ProcessInstance pi = drafted("sally");

    assertThat(pi).hasPassedInOrder("Task_OpenContract", "Task_DraftContract", "Task_IssueContractVersion",
            "Task_AssessRisk", "Task_RecordRisk", "Gateway_ReviewsToRun")
        .isWaitingAt("Task_ReviewLegal", "Task_ReviewRisk")
        .variables().containsEntry("riskLevel", "LOW").containsEntry("riskScore", 0)
        .containsEntry("contractDrafter", "sally");
    Assertions.assertThat(recordRisk.lastCall()).containsEntry("riskLevel", "LOW");
    Assertions.assertThat((String) recordRisk.lastCall().get("riskReasons")).contains("Payment within 30 days");
    Assertions.assertThat(issueVersion.lastCall()).containsEntry("paymentTerms", "NET_30")
        .containsEntry("legalReviewNeeded", true).containsEntry("riskReviewNeeded", true)
        .as("the version is issued in a job, for the drafter").containsEntry("decidedBy", "sally");
    Task legal = userTask(pi, "Task_ReviewLegal", "legal", 2, "legal-review");
    Assertions.assertThat(taskService().getVariable(legal.getId(), "contractSummary")).isEqualTo("## Contract " + CONTRACT);
    userTask(pi, "Task_ReviewRisk", "finance", 2, "risk-review");

    approve(pi, "Task_ReviewLegal", "larry", "legal");
    assertThat(pi).isWaitingAt("Task_ReviewRisk").isNotWaitingAt("Task_SignInternally");
    approve(pi, "Task_ReviewRisk", "fiona", "risk");
    verify(contracts).reviewsPassed(CONTRACT);
    signInternally(pi, "mike");

    assertThat(pi).hasPassed("Task_SendContract").isWaitingAt("Task_AwaitCustomerSignature")
        .hasNotPassed("Task_SignOffContract", "Task_AmendContract");
    Assertions.assertThat(sendContract.lastCall()).containsEntry("internalSignatory", "mike");
    customerSigns();

    assertThat(pi).isEnded().hasPassedInOrder("Task_AwaitCustomerSignature", "Task_ApplyContractTerms", "Event_ContractSigned")
        .variables().containsEntry("contractOutcome", "SIGNED").containsEntry("contractNumber", CONTRACT);
    verify(contracts).recordReview(CONTRACT, ContractReviewKind.LEGAL, true, "larry", null, null);
    verify(contracts).recordReview(CONTRACT, ContractReviewKind.RISK, true, "fiona", null, null);
    verify(contracts).recordReview(CONTRACT, ContractReviewKind.INTERNAL_SIGNATURE, true, "mike", null, null);
    Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void reviewersCompleteOnTheirOwnAndTheReviewsJoinInAJob() {
    ProcessInstance pi = drafted("sally");

    // legal and finance finishing at the same moment must not fail each other's Complete (issue 16)
    TaskCompletion.as("larry", task("Task_ReviewLegal", pi), Map.of("legalDecision", "approve"));
    TaskCompletion.as("fiona", task("Task_ReviewRisk", pi), Map.of("riskDecision", "approve"));

    Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).activityId("Gateway_ReviewsDone").count())
        .as("one job per finished review, run one after the other").isEqualTo(2);
    assertThat(pi).hasNotPassed("Gateway_ReviewsDone");
    SavePoints.run(pi.getId());
    assertThat(pi).hasPassed("Gateway_ReviewsDone").isWaitingAt("Task_SignInternally");
  }

  @Test
  void highRiskContractNeedsASalesManagersSignOffBesidesBothReviews() {
    issueVersion = RecordingDelegate.register("issueContractVersionDelegate", highRisk(1));
    ProcessInstance pi = drafted("sally");

    assertThat(pi).isWaitingAt("Task_ReviewLegal", "Task_ReviewRisk", "Task_SignOffContract")
        .variables().containsEntry("riskLevel", "HIGH").containsEntry("riskScore", 5);
    userTask(pi, "Task_SignOffContract", "sales-managers", 2, "contract-sign-off");
    approve(pi, "Task_ReviewLegal", "larry", "legal");
    approve(pi, "Task_SignOffContract", "nina", "signOff");
    assertThat(pi).isWaitingAt("Task_ReviewRisk");
    approve(pi, "Task_ReviewRisk", "fiona", "risk");

    assertThat(pi).isWaitingAt("Task_SignInternally");
    verify(contracts).recordReview(CONTRACT, ContractReviewKind.SIGN_OFF, true, "nina", null, null);
  }

  // --- amendments --------------------------------------------------------------------------------

  @Test
  void legalAmendmentMakesANewVersionThatOnlyLegalReviewsAgain() {
    issueVersion.then(lowRisk(2));
    ProcessInstance pi = drafted("sally");
    requestAmendment(pi, "Task_ReviewLegal", "larry", "legal", "Jurisdiction");
    approve(pi, "Task_ReviewRisk", "fiona", "risk");
    verify(contracts).recordReview(CONTRACT, ContractReviewKind.LEGAL, false, "larry", "Jurisdiction", "Please change Jurisdiction");

    assertThat(pi).hasPassed("Gateway_AmendmentRequested").isWaitingAt("Task_AmendContract");
    Task amend = userTask(pi, "Task_AmendContract", "sales", 2, "amend-contract");
    completeAs("sally", amend, with(terms("NET_30", "Courts of Shanghai have jurisdiction."),
        "amendmentScope", "legal", "amendmentNote", "Jurisdiction clause added"));

    Assertions.assertThat(issueVersion.callCount()).isEqualTo(2);
    Assertions.assertThat(issueVersion.lastCall()).containsEntry("amendmentNote", "Jurisdiction clause added")
        .containsEntry("legalDecision", "amend").containsEntry("riskDecision", "approve")
        .containsEntry("legalReviewNeeded", true).containsEntry("riskReviewNeeded", false)
        .containsEntry("specialClauses", "Courts of Shanghai have jurisdiction.");
    assertThat(pi).isWaitingAt("Task_ReviewLegal").isNotWaitingAt("Task_ReviewRisk")
        .variables().containsEntry("contractVersion", 2).containsEntry("legalDecision", null).containsEntry("riskDecision", null);
    approve(pi, "Task_ReviewLegal", "larry", "legal");

    assertThat(pi).isWaitingAt("Task_SignInternally");
    Assertions.assertThat(historyCount(pi, "Task_ReviewRisk")).isEqualTo(1);
    Assertions.assertThat(historyCount(pi, "Task_ReviewLegal")).isEqualTo(2);
  }

  @Test
  void commercialAmendmentIsScoredAgainAndRepeatsFinanceAndTheSignOffButNotLegal() {
    issueVersion = RecordingDelegate.register("issueContractVersionDelegate", highRisk(1)).then(highRisk(2));
    ProcessInstance pi = drafted("sally");
    approve(pi, "Task_ReviewLegal", "larry", "legal");
    requestAmendment(pi, "Task_ReviewRisk", "fiona", "risk", "Payment terms");
    approve(pi, "Task_SignOffContract", "nina", "signOff");

    completeAs("sally", task("Task_AmendContract", pi), with(terms("NET_60", null),
        "amendmentScope", "commercial", "amendmentNote", "Net 60 instead of net 30"));

    assertThat(pi).isWaitingAt("Task_ReviewRisk", "Task_SignOffContract").isNotWaitingAt("Task_ReviewLegal");
    Assertions.assertThat(historyCount(pi, "Task_AssessRisk")).isEqualTo(2);
    approve(pi, "Task_ReviewRisk", "fiona", "risk");
    approve(pi, "Task_SignOffContract", "nina", "signOff");
    assertThat(pi).isWaitingAt("Task_SignInternally");
    Assertions.assertThat(historyCount(pi, "Task_ReviewLegal")).isEqualTo(1);
  }

  @Test
  void signOffNoLongerNeededWhenTheAmendmentLowersTheRisk() {
    issueVersion = RecordingDelegate.register("issueContractVersionDelegate", highRisk(1)).then(lowRisk(2));
    ProcessInstance pi = drafted("sally");
    approve(pi, "Task_ReviewLegal", "larry", "legal");
    approve(pi, "Task_ReviewRisk", "fiona", "risk");
    requestAmendment(pi, "Task_SignOffContract", "nina", "signOff", "Payment terms");

    completeAs("sally", task("Task_AmendContract", pi), with(terms("NET_15", null),
        "amendmentScope", "commercial", "amendmentNote", "Net 15"));

    assertThat(pi).isWaitingAt("Task_ReviewRisk").isNotWaitingAt("Task_SignOffContract", "Task_ReviewLegal")
        .variables().containsEntry("riskLevel", "LOW");
    approve(pi, "Task_ReviewRisk", "fiona", "risk");
    assertThat(pi).isWaitingAt("Task_SignInternally");
  }

  @Test
  void amendmentScopeMustCoverWhatChanged() {
    ProcessInstance pi = drafted("sally");
    approve(pi, "Task_ReviewLegal", "larry", "legal");
    requestAmendment(pi, "Task_ReviewRisk", "fiona", "risk", "Penalty");
    Task amend = task("Task_AmendContract", pi);

    assertRefused(() -> completeAs("sally", amend, with(terms("NET_60", null),
        "amendmentScope", "legal", "amendmentNote", "Net 60")), "amendmentScope", "商务条款修改");
    assertRefused(() -> completeAs("sally", amend, with(terms("NET_30", "New clause"),
        "amendmentScope", "commercial", "amendmentNote", "Clause")), "amendmentScope", "法律文字修改");
    assertRefused(() -> completeAs("sally", amend, with(terms("NET_30", null), "amendmentScope", "both")),
        "amendmentNote", "修改了什么");
    assertRefused(() -> completeAs("sally", amend, with(terms("NET_30", null), "amendmentNote", "x")),
        "amendmentScope", "法律文字、商务条款或两者");
    assertThat(pi).isWaitingAt("Task_AmendContract");

    completeAs("sally", amend, with(terms("NET_30", "New clause"), "amendmentScope", "both", "amendmentNote", "Both"));
    assertThat(pi).isWaitingAt("Task_ReviewLegal", "Task_ReviewRisk");
  }

  @Test
  void signatoryCanSendTheContractBackForAnAmendmentThatAllReviewsSeeAgain() {
    issueVersion.then(lowRisk(2));
    ProcessInstance pi = drafted("sally");
    approve(pi, "Task_ReviewLegal", "larry", "legal");
    approve(pi, "Task_ReviewRisk", "fiona", "risk");
    Task sign = task("Task_SignInternally", pi);
    assertRefused(() -> completeAs("mike", sign, Map.of("internalSignatureDecision", "amend")),
        "internalSignatureNote", "需要修改什么");

    completeAs("mike", sign, Map.of("internalSignatureDecision", "amend", "internalSignatureNote", "Penalty too low"));
    assertThat(pi).hasPassed("Gateway_InternalSignature", "Gateway_ToAmendment").isWaitingAt("Task_AmendContract");
    verify(contracts).recordReview(CONTRACT, ContractReviewKind.INTERNAL_SIGNATURE, false, "mike", "Signatory", "Penalty too low");
    completeAs("sally", task("Task_AmendContract", pi), with(terms("NET_30", "Penalty 1 %"),
        "amendmentScope", "both", "amendmentNote", "Penalty raised"));

    Assertions.assertThat(issueVersion.lastCall()).containsEntry("internalSignatureDecision", "amend");
    assertThat(pi).isWaitingAt("Task_ReviewLegal", "Task_ReviewRisk");
  }

  @Test
  void anAmendmentRequestNamesTheClauseAndTheChange() {
    ProcessInstance pi = drafted("sally");
    assertRefused(() -> completeAs("larry", task("Task_ReviewLegal", pi), Map.of("legalDecision", "amend")),
        "legalClause", "条款");
    assertRefused(() -> completeAs("larry", task("Task_ReviewLegal", pi), Map.of("legalDecision", "maybe")),
        "legalDecision", "批准或要求修改");
    assertThat(pi).isWaitingAt("Task_ReviewLegal", "Task_ReviewRisk");
    verify(contracts, never()).recordReview(eq(CONTRACT), eq(ContractReviewKind.LEGAL), any(Boolean.class), any(), any(), any());
  }

  // --- draft validation and four-eyes --------------------------------------------------------------

  @Test
  void draftWithAPastDeliveryDateOrAPenaltyCapBelowTheWeeklyPenaltyIsRefused() {
    ProcessInstance pi = start();
    Task draft = task("Task_DraftContract", pi);

    assertRefused(() -> completeAs("sally", draft, with(terms("NET_30", null), "deliveryDate", "2026-11-22")),
        "deliveryDate", "已经过去");
    assertRefused(() -> completeAs("sally", draft, with(terms("NET_30", null), "penaltyPercentPerWeek", 2.0,
        "penaltyCapPercent", 1.0)), "penaltyCapPercent", "不得低于每周违约金");
    assertRefused(() -> completeAs("sally", draft, with(terms("NET_30", null), "penaltyPercentPerWeek", 5.5,
        "penaltyCapPercent", 10.0)), "penaltyPercentPerWeek", "在 0 到 5 % 之间");
    assertRefused(() -> completeAs("sally", draft, with(terms("NET_30", null), "penaltyCapPercent", 25)),
        "penaltyCapPercent", "在 0 到 20 % 之间");
    assertRefused(() -> completeAs("sally", draft, with(terms("NET_120", null))), "paymentTerms", "one of");
    assertThat(pi).isWaitingAt("Task_DraftContract");
    Assertions.assertThat(issueVersion.wasCalled()).isFalse();

    completeAs("sally", draft, with(terms("NET_30", null), "deliveryDate", "2026-11-23"));
    assertThat(pi).isWaitingAt("Task_ReviewLegal");
  }

  @Test
  void theDrafterCannotSignTheContractInternally() {
    ProcessInstance pi = drafted("mike");
    approve(pi, "Task_ReviewLegal", "larry", "legal");
    approve(pi, "Task_ReviewRisk", "fiona", "risk");
    Task sign = task("Task_SignInternally", pi);
    Assertions.assertThat(taskService().getVariable(sign.getId(), "fourEyesExcluded")).isEqualTo("mike");

    assertRefused(() -> completeAs("mike", sign, Map.of("internalSignatureDecision", "sign")), "fourEyes",
        "mike 起草了这份合同，不能完成");
    assertRefused(() -> taskService().setAssignee(sign.getId(), "mike"), "fourEyes", "不能领取");
    assertThat(pi).isWaitingAt("Task_SignInternally");

    signInternally(pi, "nina");
    assertThat(pi).isWaitingAt("Task_AwaitCustomerSignature");
  }

  // --- customer's signature: reminders and expiry -----------------------------------------------

  ProcessInstance awaitingCustomer() {
    ProcessInstance pi = drafted("sally");
    approve(pi, "Task_ReviewLegal", "larry", "legal");
    approve(pi, "Task_ReviewRisk", "fiona", "risk");
    signInternally(pi, "mike");
    assertThat(pi).isWaitingAt("Task_AwaitCustomerSignature");
    return pi;
  }

  Job timer(ProcessInstance pi, String activityId) {
    return jobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  @Test
  void customerIsRemindedEveryThreeDaysUntilSigning() {
    ProcessInstance pi = awaitingCustomer();
    Job first = timer(pi, "Event_SignatureReminderDue");
    Assertions.assertThat(first.getDuedate()).isEqualTo(inDays(3));
    Assertions.assertThat(timer(pi, "Event_SignatureDeadlinePassed").getDuedate()).isEqualTo(inDays(14));

    ClockUtil.setCurrentTime(inDays(3));
    execute(first);
    assertThat(pi).isWaitingAt("Task_SendReminder"); // a save point: the timer's job ends before it
    SavePoints.run(pi.getId());
    assertThat(pi).hasPassed("Task_SendReminder", "Event_ReminderSent").isWaitingAt("Task_AwaitCustomerSignature");
    Job second = timer(pi, "Event_SignatureReminderDue");
    Assertions.assertThat(second.getDuedate()).isEqualTo(inDays(6));
    ClockUtil.setCurrentTime(inDays(6));
    execute(second);
    SavePoints.run(pi.getId());

    Assertions.assertThat(reminder.callCount()).isEqualTo(2);
    Assertions.assertThat(timer(pi, "Event_SignatureReminderDue").getDuedate()).isEqualTo(inDays(9));
    customerSigns();
    assertThat(pi).isEnded().hasPassed("Event_ContractSigned");
    Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void expiredContractIsRenegotiated() {
    ProcessInstance pi = awaitingCustomer();
    ClockUtil.setCurrentTime(inDays(14));
    execute(timer(pi, "Event_SignatureDeadlinePassed"));

    assertThat(pi).hasPassedInOrder("Event_SignatureDeadlinePassed", "Task_ExpireContract")
        .isWaitingAt("Task_HandleExpiredContract").isNotWaitingAt("Task_AwaitCustomerSignature");
    Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).count()).as("reminders stop").isZero();
    Task expired = task("Task_HandleExpiredContract", pi);
    assertThat(expired).hasCandidateGroup("sales").hasDueDate(Date.from(NOW.plus(16, ChronoUnit.DAYS)));
    completeAs("sally", expired, Map.of("expiredDecision", "renegotiate"));

    assertThat(pi).isEnded().hasPassed("Event_ContractRenegotiate").hasNotPassed("Task_CancelOrder")
        .variables().containsEntry("contractOutcome", "RENEGOTIATE").containsEntry("contractNumber", CONTRACT);
    Assertions.assertThat(expire.callCount()).isEqualTo(1);
  }

  @Test
  void expiredContractIsCancelledWithAReason() {
    ProcessInstance pi = awaitingCustomer();
    execute(timer(pi, "Event_SignatureDeadlinePassed"));
    Task expired = task("Task_HandleExpiredContract", pi);

    assertRefused(() -> completeAs("sally", expired, Map.of("expiredDecision", "cancel")), "expiredNote", "取消订单的原因");
    completeAs("sally", expired, Map.of("expiredDecision", "cancel", "expiredNote", "Customer no longer answers"));

    assertThat(pi).isEnded().hasPassedInOrder("Gateway_ExpiredDecision", "Task_CancelOrder", "Event_ContractCancelled")
        .variables().containsEntry("contractOutcome", "CANCELLED");
    Assertions.assertThat(cancelOrder.lastCall()).containsEntry("expiredNote", "Customer no longer answers")
        .as("cancelled in a job, for sales who decided").containsEntry("decidedBy", "sally");
    Assertions.assertThat(applyTerms.wasCalled()).isFalse();
  }

  long historyCount(ProcessInstance pi, String activityId) {
    return BpmnAwareTests.historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId(activityId).count();
  }

  static void assertRefused(Runnable action, String field, String message) {
    assertThatThrownBy(action::run)
        .satisfies(e -> {
          Assertions.assertThat(TaskRefusal.isRefusal(e)).as("refusal: %s", e).isTrue();
          Assertions.assertThat(TaskRefusal.find(e).getMessage()).contains(message);
          Assertions.assertThat((Object) TaskRefusal.find(e).getDetail()).isEqualTo(field);
        });
  }
}
