package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

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
import org.ordertocash.billing.StatementDisputeCheck;
import org.ordertocash.billing.StatementDisputeProcess;
import org.ordertocash.config.TaskRefusal;

/** bpmn/statement-dispute.bpmn: finance resolves a disputed statement, corrected or explained; the outcome is recorded. */
@Deployment(resources = {"bpmn/statement-dispute.bpmn", "forms/resolve-statement-dispute.form"})
class StatementDisputeProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(ProcessCoverage.MINIMUM).build();

  RecordingDelegate record;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    record = RecordingDelegate.register("recordStatementResolutionDelegate");
    Mocks.register("statementDisputeCheck", new StatementDisputeCheck(new TaskRefusals(OrderToCashProperties.defaults())));
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  ProcessInstance disputed() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(StatementDisputeProcess.KEY, "STATEMENT-7",
        Map.of("statementId", 7L, "statementText", "Statement 7 of C-1001", "customerNote", "INV-1 was paid"));
    assertThat(task(StatementDisputeProcess.RESOLVE, pi)).hasCandidateGroup("finance");
    return pi;
  }

  void resolveAs(String user, ProcessInstance pi, Map<String, Object> variables) {
    TaskCompletion.as(user, task(StatementDisputeProcess.RESOLVE, pi), variables);
  }

  @Test
  void aCorrectedAccountIsRecordedAndEndsCorrected() {
    ProcessInstance pi = disputed();

    resolveAs("fiona", pi, Map.of("statementResolution", "CORRECTED", "statementResolutionNote", "payment allocated"));

    assertThat(pi).isEnded().hasPassed("Task_RecordStatementResolution", "Event_StatementCorrected");
    Assertions.assertThat(record.lastCall()).containsEntry("statementResolvedBy", "fiona")
        .containsEntry("statementResolution", "CORRECTED");
  }

  @Test
  void anExplainedAccountEndsExplained() {
    ProcessInstance pi = disputed();

    resolveAs("fiona", pi, Map.of("statementResolution", "EXPLAINED", "statementResolutionNote", "paid after the period"));

    assertThat(pi).isEnded().hasPassed("Event_StatementExplained");
  }

  @Test
  void aResolutionWithoutOutcomeOrNoteIsRefused() {
    ProcessInstance pi = disputed();

    assertThatThrownBy(() -> resolveAs("fiona", pi, Map.of("statementResolutionNote", "x")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.isRefusal(e)).isTrue());
    assertThatThrownBy(() -> resolveAs("fiona", pi, Map.of("statementResolution", "EXPLAINED", "statementResolutionNote", " ")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e).getMessage()).contains("请记录您查明的情况"));
    assertThat(pi).isWaitingAt(StatementDisputeProcess.RESOLVE);
    Assertions.assertThat(record.wasCalled()).isFalse();
  }
}
