package org.ordertocash.audit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.ordertocash.identity.AsSystem;
import org.springframework.stereotype.Component;

/**
 * Which order a write through the engine's API was about when the engine itself recorded nothing
 * for it (a comment, a refused completion): the order of the task or process instance in its path,
 * whatever the caller may read.
 */
@Component
class RequestSubjects {

  private final HistoryService history;
  private final AsSystem asSystem;

  RequestSubjects(HistoryService history, AsSystem asSystem) {
    this.history = history;
    this.asSystem = asSystem;
  }

  String orderOfTask(String taskId) {
    return asSystem.call(() -> {
      HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
      return task == null ? null : order(task.getProcessInstanceId());
    });
  }

  String orderOfProcessInstance(String processInstanceId) {
    return asSystem.call(() -> order(processInstanceId));
  }

  private String order(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    for (HistoricVariableInstance orderNumber : history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName("orderNumber").list()) {
      if (orderNumber.getValue() instanceof String number && !number.isBlank()) {
        return number;
      }
    }
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }
}
