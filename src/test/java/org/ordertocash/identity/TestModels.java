package org.ordertocash.identity;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Throw-away models for the security tests, built in code (no BPMN files). */
final class TestModels {

  static final String TASK_PROCESS = "otcSecurityTestTask";
  static final String MESSAGE_PROCESS = "otcSecurityTestMessage";
  static final String MESSAGE = "otcSecurityTestMessage";

  /** start - user task "Review order" for candidate group sales - end. */
  static BpmnModelInstance userTaskProcess(String key) {
    return Bpmn.createExecutableProcess(key)
        .name("Security test " + key)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("reviewOrder").name("Review order").camundaCandidateGroups(Groups.SALES)
        .camundaDueDate("${dateTime().plusDays(1).toDate()}")
        .endEvent()
        .done();
  }

  static final String FOUR_EYES_PROCESS = "otcSecurityTestFourEyes";

  /**
   * start - user task "Approve discount" for sales managers under the four-eyes rule - end; who
   * is excluded comes from the process variable {@code fourEyesExcluded}.
   */
  static BpmnModelInstance fourEyesProcess() {
    return Bpmn.createExecutableProcess(FOUR_EYES_PROCESS)
        .name("Security test four-eyes")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("approveDiscount").name("Approve discount").camundaCandidateGroups(Groups.SALES_MANAGERS)
        .camundaDueDate("${dateTime().plusDays(1).toDate()}")
        .camundaTaskListenerDelegateExpression("create", "${fourEyesCheck}")
        .camundaTaskListenerDelegateExpression("assignment", "${fourEyesCheck}")
        .camundaTaskListenerDelegateExpression("complete", "${fourEyesCheck}")
        .endEvent()
        .done();
  }

  static BpmnModelInstance messageStartProcess() {
    return Bpmn.createExecutableProcess(MESSAGE_PROCESS)
        .camundaHistoryTimeToLive(1)
        .startEvent().message(MESSAGE)
        .endEvent()
        .done();
  }

  private TestModels() {}
}
