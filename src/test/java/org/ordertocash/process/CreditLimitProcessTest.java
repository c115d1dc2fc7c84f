package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
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
import org.ordertocash.config.TaskRefusal;
import org.ordertocash.customer.CreditLimitDecisionCheck;
import org.ordertocash.customer.CreditLimitProcess;
import org.ordertocash.identity.FourEyesCheck;

/**
 * bpmn/credit-limit-increase.bpmn: finance approves, then a sales manager; either may refuse;
 * the person who asked approves neither step; a step without a decision is refused.
 */
@Deployment(resources = {"bpmn/credit-limit-increase.bpmn", "forms/approve-credit-limit.form"})
class CreditLimitProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(ProcessCoverage.MINIMUM).build();

  RecordingDelegate raise;
  RecordingDelegate refuse;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    raise = RecordingDelegate.register("raiseCreditLimitDelegate");
    refuse = RecordingDelegate.register("refuseCreditLimitDelegate");
    Mocks.register("creditLimitDecisionCheck", new CreditLimitDecisionCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("fourEyesCheck", new FourEyesCheck(new TaskRefusals(OrderToCashProperties.defaults())));
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  ProcessInstance requestedBySally() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("requestNumber", "CL-2026-000001");
    variables.put("customerCode", "C-1002");
    variables.put("customerName", "Beijing Star Retail");
    variables.put("currentLimitText", "¥100,000.00");
    variables.put("requestedLimitText", "¥300,000.00");
    variables.put("requestReason", "New framework agreement");
    variables.put("requestedBy", "fiona");
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(CreditLimitProcess.KEY, "CL-2026-000001", variables);
    assertThat(task(CreditLimitProcess.FINANCE, pi)).hasCandidateGroup("finance");
    return pi;
  }

  @Test
  void financeThenASalesManagerApproveAndTheLimitIsRaised() {
    ProcessInstance pi = requestedBySally();

    TaskCompletion.as("fred", task(CreditLimitProcess.FINANCE, pi), Map.of("creditLimitDecision", "approve"));
    assertThat(task(CreditLimitProcess.MANAGER, pi)).hasCandidateGroup("sales-managers");
    TaskCompletion.as("mike", task(CreditLimitProcess.MANAGER, pi), Map.of("creditLimitDecision", "approve"));

    assertThat(pi).isEnded().hasPassed("Task_RaiseCreditLimit", "Event_LimitRaised").hasNotPassed("Task_RecordRefusal");
    Assertions.assertThat(raise.lastCall()).containsEntry("financeDecidedBy", "fred").containsEntry("managerDecidedBy", "mike");
  }

  @Test
  void financeRefusesWithAReasonAndNoManagerIsAsked() {
    ProcessInstance pi = requestedBySally();

    TaskCompletion.as("fred", task(CreditLimitProcess.FINANCE, pi),
        Map.of("creditLimitDecision", "reject", "creditLimitNote", "Two invoices 60 days overdue"));

    assertThat(pi).isEnded().hasPassed("Task_RecordRefusal", "Event_IncreaseRefused").hasNotPassed(CreditLimitProcess.MANAGER);
    Assertions.assertThat(refuse.lastCall()).containsEntry("financeNote", "Two invoices 60 days overdue");
    Assertions.assertThat(raise.wasCalled()).isFalse();
  }

  @Test
  void theSalesManagerRefusesAfterFinanceApproved() {
    ProcessInstance pi = requestedBySally();
    TaskCompletion.as("fred", task(CreditLimitProcess.FINANCE, pi), Map.of("creditLimitDecision", "approve"));

    TaskCompletion.as("mike", task(CreditLimitProcess.MANAGER, pi),
        Map.of("creditLimitDecision", "reject", "creditLimitNote", "Not before the first orders are paid"));

    assertThat(pi).isEnded().hasPassed("Task_RecordRefusal", "Event_IncreaseRefused").hasNotPassed("Task_RaiseCreditLimit");
    Assertions.assertThat(refuse.lastCall()).containsEntry("managerDecidedBy", "mike")
        .containsEntry("managerNote", "Not before the first orders are paid");
  }

  @Test
  void theRequesterCannotApproveAndARejectionNeedsAReasonAndAStepNeedsItsOwnDecision() {
    ProcessInstance pi = requestedBySally();

    assertThatThrownBy(() -> TaskCompletion.as("fiona", task(CreditLimitProcess.FINANCE, pi),
        Map.of("creditLimitDecision", "approve")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e).getMessage()).contains("四眼原则", "fiona",
            "CL-2026-000001"));
    assertThatThrownBy(() -> TaskCompletion.as("fred", task(CreditLimitProcess.FINANCE, pi),
        Map.of("creditLimitDecision", "reject", "creditLimitNote", " ")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e).getMessage()).contains("请说明拒绝调整"));
    TaskCompletion.as("fred", task(CreditLimitProcess.FINANCE, pi), Map.of("creditLimitDecision", "approve"));

    assertThatThrownBy(() -> TaskCompletion.as("mike", task(CreditLimitProcess.MANAGER, pi), Map.of()))
        .as("finance's approval does not count for the manager's step")
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e).getMessage()).contains("请批准或拒绝"));
    assertThat(pi).isWaitingAt(CreditLimitProcess.MANAGER);
  }
}
