package org.ordertocash.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import java.util.List;

import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the asynchronous continuations (save points) an instance waits at, as the job executor
 * would after the person's transaction committed; timers are left alone.
 */
final class SavePoints {

  private SavePoints() {}

  static void run(String processInstanceId) {
    for (int round = 0; round < 10; round++) {
      List<Job> due = jobQuery().processInstanceId(processInstanceId).messages().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> execute(job));
    }
    throw new AssertionError("save points keep following each other in " + processInstanceId);
  }
}
