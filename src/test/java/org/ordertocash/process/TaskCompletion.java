package org.ordertocash.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.Map;

import org.camunda.bpm.engine.task.Task;

/** A person completing a task on the test engine: signed in as that user for the completion only. */
final class TaskCompletion {

  private TaskCompletion() {}

  static void as(String user, Task task, Map<String, Object> variables) {
    identityService().setAuthenticatedUserId(user);
    try {
      taskService().complete(task.getId(), variables);
    } finally {
      identityService().clearAuthentication();
    }
  }
}
