package org.ordertocash.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
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
import org.ordertocash.claim.ClaimTaskCheck;
import org.ordertocash.config.TaskRefusal;

/** bpmn/carrier-claim.bpmn with mocked delegates and the real task checks. */
@Deployment(resources = {"bpmn/carrier-claim.bpmn", "forms/record-claim-evidence.form", "forms/follow-up-claim.form",
    "forms/review-claim-loss.form"})
class CarrierClaimProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(ProcessCoverage.MINIMUM)
      .build();

  static final String ORDER = "SO-4001";
  static final String CLAIM = "CL-2026-000007";
  static final String DEADLINE_AT = "2099-02-02T00:00:00+01:00";

  RecordingDelegate submit;
  RecordingDelegate reminder;
  RecordingDelegate followUp;
  RecordingDelegate payment;
  RecordingDelegate rejection;
  RecordingDelegate expire;
  RecordingDelegate writeOff;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    submit = RecordingDelegate.register("submitCarrierClaimDelegate", Map.of("claimDeadlineAt", DEADLINE_AT));
    reminder = RecordingDelegate.register("recordClaimReminderDelegate");
    followUp = RecordingDelegate.register("recordClaimFollowUpDelegate");
    payment = RecordingDelegate.register("recordClaimPaymentDelegate");
    rejection = RecordingDelegate.register("recordClaimRejectionDelegate");
    expire = RecordingDelegate.register("expireCarrierClaimDelegate");
    writeOff = RecordingDelegate.register("writeOffCarrierClaimDelegate");
    Mocks.register("claimTaskCheck", new ClaimTaskCheck(Clock.systemUTC(), new TaskRefusals(OrderToCashProperties.defaults())));
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  /** Started as CarrierClaimService.open starts it. */
  ProcessInstance open() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("orderNumber", ORDER);
    variables.put("shipmentNumber", "SH-2026-000201");
    variables.put("claimNumber", CLAIM);
    variables.put("reason", "LOST");
    variables.put("carrier", "DHL");
    variables.put("trackingNumber", "JD0002");
    variables.put("goodsValueText", "CNY 380.00");
    variables.put("claimAmount", 380.0);
    variables.put("claimDeadline", java.time.LocalDate.now().plusMonths(1).toString());
    variables.put("claimReminderInterval", "PT168H");
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("carrier-claim", ORDER, variables);
    assertThat(pi).isWaitingAt("Task_RecordClaimEvidence");
    return pi;
  }

  static Map<String, Object> evidence() {
    return Map.of("evidence", "Carrier confirmed the parcel lost; customer statement attached",
        "claimAmount", 380L, "claimDeadline", java.time.LocalDate.now().plusMonths(1).toString(), "carrierClaimReference", "DHL-CLM-77");
  }

  static List<String> candidateGroups(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
  }

  /** Records the evidence; the claim is submitted and waits for the first follow-up. */
  ProcessInstance submitted() {
    ProcessInstance pi = open();
    Task evidence = task("Task_RecordClaimEvidence", pi);
    Assertions.assertThat(candidateGroups(evidence)).containsExactly("customer-service");
    taskService().complete(evidence.getId(), evidence());
    assertThat(pi).hasPassed("Task_SubmitClaim").isWaitingAt("Task_FollowUpClaim");
    Assertions.assertThat(submit.lastCall()).containsEntry("claimNumber", CLAIM).containsEntry("claimAmount", 380L)
        .containsEntry("carrierClaimReference", "DHL-CLM-77");
    return pi;
  }

  void answer(ProcessInstance pi, Map<String, Object> answer) {
    Task task = task("Task_FollowUpClaim", pi);
    Assertions.assertThat(candidateGroups(task)).containsExactlyInAnyOrder("finance", "customer-service");
    identityService().setAuthenticatedUserId("fiona");
    taskService().complete(task.getId(), answer);
    identityService().clearAuthentication();
  }

  void acceptLoss(ProcessInstance pi) {
    Task task = task("Task_ReviewClaimLoss", pi);
    Assertions.assertThat(candidateGroups(task)).containsExactly("sales-managers");
    taskService().complete(task.getId(), Map.of("lossNote", "Carrier's liability limit reached; accepted"));
  }

  @Test
  void carrierPaysAfterAFollowUpWithoutAnswer() {
    ProcessInstance pi = submitted();
    Job deadline = job("Event_ClaimDeadlinePassed", pi);
    Assertions.assertThat(deadline.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse(DEADLINE_AT).toInstant()));

    answer(pi, Map.of("carrierAnswer", "NO_ANSWER_YET", "followUpNote", "Carrier is investigating"));
    assertThat(pi).hasPassed("Task_RecordClaimFollowUp").isWaitingAt("Task_FollowUpClaim");
    Assertions.assertThat(followUp.lastCall()).containsEntry("followUpNote", "Carrier is investigating");

    answer(pi, Map.of("carrierAnswer", "PAID", "amountReceived", 380.0));

    assertThat(pi).isEnded()
        .hasPassedInOrder("Event_CarrierAnswered", "Gateway_CarrierAnswer", "Task_RecordClaimPayment", "Event_ClaimPaid")
        .hasNotPassed("Task_RecordClaimRejection", "Task_ExpireClaim", "Task_ReviewClaimLoss");
    Assertions.assertThat(payment.lastCall()).containsEntry("amountReceived", 380.0);
    Assertions.assertThat(followUp.callCount()).isEqualTo(1);
  }

  @Test
  void untouchedFollowUpIsRaisedAgainAfterTheReminderInterval() {
    ProcessInstance pi = submitted();
    Task first = task("Task_FollowUpClaim", pi);
    Job reminderJob = job("Event_FollowUpReminder", pi);
    Date now = ClockUtil.getCurrentTime();
    Assertions.assertThat(reminderJob.getDuedate())
        .isCloseTo(Date.from(now.toInstant().plus(Duration.ofDays(7))), 60_000);

    execute(reminderJob);

    assertThat(pi).hasPassed("Event_FollowUpReminder", "Task_RecordClaimReminder").isWaitingAt("Task_FollowUpClaim");
    Assertions.assertThat(task("Task_FollowUpClaim", pi).getId()).isNotEqualTo(first.getId());
    Assertions.assertThat(reminder.callCount()).isEqualTo(1);
    // the deadline keeps running across reminders
    Assertions.assertThat(job("Event_ClaimDeadlinePassed", pi)).isNotNull();

    answer(pi, Map.of("carrierAnswer", "PAID", "amountReceived", 300));
    assertThat(pi).isEnded().hasPassed("Event_ClaimPaid");
  }

  @Test
  void rejectedClaimIsWrittenOffOnceASalesManagerAcceptsTheLoss() {
    ProcessInstance pi = submitted();

    answer(pi, Map.of("carrierAnswer", "REJECTED", "rejectionReason", "Packaging insufficient"));

    assertThat(pi).hasPassed("Task_RecordClaimRejection", "Gateway_ClaimNotPaid").isWaitingAt("Task_ReviewClaimLoss");
    Assertions.assertThat(rejection.lastCall()).containsEntry("rejectionReason", "Packaging insufficient");
    acceptLoss(pi);

    assertThat(pi).isEnded().hasPassedInOrder("Task_ReviewClaimLoss", "Task_WriteOffClaim", "Event_ClaimWrittenOff")
        .hasNotPassed("Task_RecordClaimPayment", "Task_ExpireClaim");
    Assertions.assertThat(writeOff.lastCall()).containsEntry("lossNote", "Carrier's liability limit reached; accepted");
  }

  @Test
  void claimExpiresAtItsDeadlineAndIsWrittenOff() {
    ProcessInstance pi = submitted();
    answer(pi, Map.of("carrierAnswer", "NO_ANSWER_YET"));

    execute(job("Event_ClaimDeadlinePassed", pi));

    assertThat(pi).hasPassed("Task_ExpireClaim").isWaitingAt("Task_ReviewClaimLoss");
    Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_FollowUpClaim").count()).isZero();
    Assertions.assertThat(expire.callCount()).isEqualTo(1);
    acceptLoss(pi);
    assertThat(pi).isEnded().hasPassed("Event_ClaimWrittenOff").hasNotPassed("Task_RecordClaimRejection");
  }

  @Test
  void evidenceNeedsADescriptionAPositiveAmountAndAFutureDeadline() {
    ProcessInstance pi = open();
    String taskId = task("Task_RecordClaimEvidence", pi).getId();

    assertRefused(taskId, with(evidence(), "evidence", " "), "请描述证据");
    assertRefused(taskId, with(evidence(), "claimAmount", 0), "大于零");
    assertRefused(taskId, with(evidence(), "claimAmount", "abc"), "大于零");
    assertRefused(taskId, with(evidence(), "claimDeadline", "2020-01-01"), "将来的日期");
    assertRefused(taskId, with(evidence(), "claimDeadline", "next month"), "将来的日期");

    assertThat(pi).isWaitingAt("Task_RecordClaimEvidence");
    Assertions.assertThat(submit.wasCalled()).isFalse();
  }

  @Test
  void followUpNeedsAnAnswerAndItsDetails() {
    ProcessInstance pi = submitted();
    String taskId = task("Task_FollowUpClaim", pi).getId();

    assertRefused(taskId, Map.of("carrierAnswer", "MAYBE"), "请选择承运商的答复");
    assertRefused(taskId, Map.of("carrierAnswer", "PAID"), "承运商赔付的金额");
    assertRefused(taskId, Map.of("carrierAnswer", "PAID", "amountReceived", -5), "承运商赔付的金额");
    assertRefused(taskId, Map.of("carrierAnswer", "REJECTED", "rejectionReason", ""), "拒赔的理由");

    answer(pi, Map.of("carrierAnswer", "REJECTED", "rejectionReason", "Late claim"));
    String lossTask = task("Task_ReviewClaimLoss", pi).getId();
    assertRefused(lossTask, Map.of("lossNote", ""), "为什么接受索赔 " + CLAIM + " 的损失");
    assertThat(pi).isWaitingAt("Task_ReviewClaimLoss");
  }

  static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> changed = new HashMap<>(base);
    changed.put(key, value);
    return changed;
  }

  static void assertRefused(String taskId, Map<String, Object> variables, String message) {
    Assertions.assertThatThrownBy(() -> taskService().complete(taskId, variables))
        .matches(TaskRefusal::isRefusal, "is a refusal")
        .hasMessageContaining(message);
  }
}
