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

  static BpmnModelInstance messageStartProcess() {
    return Bpmn.createExecutableProcess(MESSAGE_PROCESS)
        .camundaHistoryTimeToLive(1)
        .startEvent().message(MESSAGE)
        .endEvent()
        .done();
  }

  private TestModels() {}
}
