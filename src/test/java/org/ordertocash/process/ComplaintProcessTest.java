package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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
import org.ordertocash.complaint.ComplaintCreditCheck;
import org.ordertocash.complaint.ComplaintProcess;
import org.ordertocash.complaint.ComplaintResolutionCheck;
import org.ordertocash.complaint.ComplaintResponseCheck;
import org.ordertocash.complaint.ComplaintService;

/**
 * bpmn/complaint.bpmn with the real complaint-sla table: answered and resolved, each deadline
 * escalated while the work goes on, and each remedy (none, return, replacement, credit approved
 * and refused). Delegates are recorded, not run.
 */
@Deployment(resources = {"bpmn/complaint.bpmn", "bpmn/complaint-sla.dmn", "forms/respond-to-complaint.form",
    "forms/resolve-complaint.form", "forms/approve-complaint-credit.form"})
class ComplaintProcessTest {

  static final String FIRST_RESPONSE_BY = "2030-01-01T12:00:00+08:00";
  static final String RESOLVE_BY = "2030-01-04T08:00:00+08:00";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(ProcessCoverage.MINIMUM).build();

  RecordingDelegate acknowledge;
  RecordingDelegate sendFirstResponse;
  RecordingDelegate escalate;
  RecordingDelegate recordResolution;
  RecordingDelegate startReturn;
  RecordingDelegate sendReplacement;
  RecordingDelegate issueCredit;
  RecordingDelegate close;
  ComplaintService complaints = mock(ComplaintService.class);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    acknowledge = RecordingDelegate.register("acknowledgeComplaintDelegate",
        Map.of("firstResponseBy", FIRST_RESPONSE_BY, "resolveBy", RESOLVE_BY));
    sendFirstResponse = RecordingDelegate.register("sendFirstResponseDelegate");
    escalate = RecordingDelegate.register("escalateComplaintDelegate");
    recordResolution = RecordingDelegate.register("recordResolutionDelegate");
    startReturn = RecordingDelegate.register("startComplaintReturnDelegate");
    sendReplacement = RecordingDelegate.register("sendComplaintReplacementDelegate");
    issueCredit = RecordingDelegate.register("issueComplaintCreditDelegate");
    close = RecordingDelegate.register("closeComplaintDelegate");
    when(complaints.namesGoods(anyString())).thenReturn(true);
    Mocks.register("complaintResponseCheck", new ComplaintResponseCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("complaintResolutionCheck", new ComplaintResolutionCheck(complaints, new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("complaintCreditCheck", new ComplaintCreditCheck(new TaskRefusals(OrderToCashProperties.defaults())));
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  ProcessInstance received(String category, String customerClass) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("complaintNumber", "CP-1");
    variables.put("category", category);
    variables.put("customerClass", customerClass);
    variables.put("complaintSummary", "Complaint CP-1");
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(ComplaintProcess.KEY, "CP-1", variables);
    SavePoints.run(pi.getId());
    return pi;
  }

  ProcessInstance answered(String category, String customerClass) {
    ProcessInstance pi = received(category, customerClass);
    assertThat(task(ComplaintProcess.RESPOND, pi)).hasCandidateGroup("customer-service");
    TaskCompletion.as("carol", task(ComplaintProcess.RESPOND, pi), Map.of("firstResponse", "We are looking into it"));
    SavePoints.run(pi.getId());
    return pi;
  }

  void resolve(ProcessInstance pi, String remedy, Object creditPerUnit) {
    Map<String, Object> variables = new HashMap<>(Map.of("rootCause", "PRODUCT_DEFECT", "actionTaken", "supplier told",
        "resolution", "Sorry for the trouble", "remedy", remedy));
    if (creditPerUnit != null) {
      variables.put("creditPerUnit", creditPerUnit);
    }
    TaskCompletion.as("carol", task(ComplaintProcess.RESOLVE, pi), variables);
    SavePoints.run(pi.getId());
  }

  @Test
  void theTableSetsTheDeadlinesAndTheAnswerAloneResolvesIt() {
    ProcessInstance pi = answered("SERVICE", "A");

    Assertions.assertThat(acknowledge.lastCall()).containsEntry("firstResponseWithin", "PT2H")
        .containsEntry("resolveWithin", "P2D");
    Assertions.assertThat(sendFirstResponse.lastCall()).containsEntry("respondedBy", "carol");
    Assertions.assertThat(task(ComplaintProcess.RESOLVE, pi).getDueDate()).isEqualTo("2030-01-04T00:00:00Z");
    resolve(pi, "NONE", null);

    assertThat(pi).isEnded().hasPassed("Task_RecordResolution", "Task_CloseComplaint", "Event_ComplaintResolved")
        .hasNotPassed("Task_StartReturn", "Task_SendComplaintReplacement", ComplaintProcess.APPROVE_CREDIT);
    Assertions.assertThat(recordResolution.lastCall()).containsEntry("resolvedBy", "carol");
  }

  @Test
  void anOverdueFirstResponseIsEscalatedAndTheTaskStaysOpen() {
    ProcessInstance pi = received("PRODUCT", "C");
    Assertions.assertThat(task(ComplaintProcess.RESPOND, pi).getDueDate()).isEqualTo("2030-01-01T04:00:00Z");

    Job timer = jobQuery().processInstanceId(pi.getId()).timers().singleResult();
    execute(timer);

    assertThat(pi).hasPassed("Task_EscalateFirstResponse", "Event_FirstResponseEscalated")
        .isWaitingAt(ComplaintProcess.RESPOND);
    Assertions.assertThat(escalate.callCount()).isOne();
  }

  @Test
  void anOverdueResolutionIsEscalatedAndTheComplaintStillResolves() {
    ProcessInstance pi = answered("DELIVERY", "B");

    execute(jobQuery().processInstanceId(pi.getId()).timers().singleResult());
    assertThat(pi).hasPassed("Task_EscalateResolution").isWaitingAt(ComplaintProcess.RESOLVE);
    resolve(pi, "NONE", null);

    assertThat(pi).isEnded().hasPassed("Event_ComplaintResolved");
  }

  @Test
  void aComplaintCanOpenAReturn() {
    ProcessInstance pi = answered("PRODUCT", "B");

    resolve(pi, "RETURN", null);

    assertThat(pi).isEnded().hasPassed("Task_StartReturn", "Event_ComplaintResolved");
  }

  @Test
  void aComplaintCanSendReplacementGoods() {
    ProcessInstance pi = answered("DELIVERY", "B");

    resolve(pi, "REPLACEMENT", null);

    assertThat(pi).isEnded().hasPassed("Task_SendComplaintReplacement", "Event_ComplaintResolved");
  }

  @Test
  void aCreditNeedsFinancesApproval() {
    ProcessInstance pi = answered("BILLING", "B");
    resolve(pi, "CREDIT_NOTE", 20.0);
    assertThat(task(ComplaintProcess.APPROVE_CREDIT, pi)).hasCandidateGroup("finance");

    TaskCompletion.as("fiona", task(ComplaintProcess.APPROVE_CREDIT, pi), Map.of("complaintCreditDecision", "APPROVE"));
    SavePoints.run(pi.getId());

    assertThat(pi).isEnded().hasPassed("Task_IssueComplaintCredit", "Event_ComplaintResolved");
    Assertions.assertThat(issueCredit.lastCall()).containsEntry("creditDecidedBy", "fiona");
  }

  @Test
  void aRefusedCreditLeavesTheAnswer() {
    ProcessInstance pi = answered("BILLING", "B");
    resolve(pi, "CREDIT_NOTE", 20.0);

    TaskCompletion.as("fiona", task(ComplaintProcess.APPROVE_CREDIT, pi), Map.of("complaintCreditDecision", "REFUSE"));
    SavePoints.run(pi.getId());

    assertThat(pi).isEnded().hasPassed("Event_ComplaintResolved").hasNotPassed("Task_IssueComplaintCredit");
  }

  @Test
  void aResolutionIsRefusedWithoutWhatItNeeds() {
    ProcessInstance pi = answered("PRODUCT", "B");

    assertThatThrownBy(() -> resolve(pi, "CREDIT_NOTE", 0.001)).hasMessageContaining("每件降价金额");
    assertThatThrownBy(() -> TaskCompletion.as("carol", task(ComplaintProcess.RESOLVE, pi),
        Map.of("rootCause", "PRODUCT_DEFECT", "actionTaken", " ", "resolution", "x", "remedy", "NONE")))
        .hasMessageContaining("采取了什么措施");
    when(complaints.namesGoods("CP-1")).thenReturn(false);
    assertThatThrownBy(() -> resolve(pi, "RETURN", null)).hasMessageContaining("没有涉及订单行");
    assertThat(pi).isWaitingAt(ComplaintProcess.RESOLVE);
  }

  @Test
  void anEmptyFirstResponseIsRefused() {
    ProcessInstance pi = received("OTHER", "C");

    assertThatThrownBy(() -> TaskCompletion.as("carol", task(ComplaintProcess.RESPOND, pi), Map.of("firstResponse", "")))
        .hasMessageContaining("首次答复");
  }
}
