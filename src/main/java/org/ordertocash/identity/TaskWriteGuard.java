package org.ordertocash.identity;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.ordertocash.config.TaskRefusal;

/**
 * Whether a person may touch a task at all ({@link TaskAccess}), and what they may write on it
 * (docs/adr/0003), checked in the engine for every way in —
 * Tasklist, {@code /engine-rest} complete, submit-form, resolve, bpmnError, escalation, task
 * variables PUT/POST/DELETE:
 * <ul>
 *   <li>variables only of the names the task's form submits; removing variables never;</li>
 *   <li>a comment only on a task the person may work, or an instance they may update.</li>
 * </ul>
 * Applies to the outermost command of a signed-in user; the application's own engine calls
 * (no user, or nested in a user's command) are not checked. A refusal is a
 * {@link TaskRefusal}: 400 on {@code /engine-rest}, and nothing is changed.
 */
final class TaskWriteGuard extends CommandInterceptor {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private final TaskFormInputs forms;

  TaskWriteGuard(TaskFormInputs forms) {
    this.forms = forms;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int depth = DEPTH.get();
    DEPTH.set(depth + 1);
    try {
      if (depth == 0) {
        check(command);
      }
      return next.execute(command);
    } finally {
      if (depth == 0) {
        DEPTH.remove();
      } else {
        DEPTH.set(depth);
      }
    }
  }

  private void check(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    if (context == null || context.getAuthenticatedUserId() == null) {
      return;
    }
    TaskAccess.check(command, context);
    TaskWrite write = TaskWrite.of(command);
    if (write == null) {
      return;
    }
    if (write.isComment()) {
      checkComment(write, context);
      return;
    }
    TaskEntity task = write.taskId() == null ? null : context.getTaskManager().findTaskById(write.taskId());
    if (task == null) {
      return;
    }
    if (!write.variablesRemoved().isEmpty()) {
      throw TaskRefusal.of(String.join(",", write.variablesRemoved()),
          "Variables of task '" + task.getName() + "' cannot be removed: " + String.join(", ", write.variablesRemoved()));
    }
    TaskFormInputs.Inputs inputs = context.runWithoutAuthorization(() -> forms.of(task, context));
    Set<String> refused = new TreeSet<>(write.variablesSet());
    refused.removeAll(inputs.names());
    if (!refused.isEmpty()) {
      throw TaskRefusal.of(String.join(",", refused), "Task '" + task.getName() + "' accepts only what its form asks for"
          + (inputs.names().isEmpty() ? " (nothing)" : " (" + String.join(", ", new LinkedHashSet<>(inputs.names())) + ")")
          + "; refused in this " + write.what() + ": " + String.join(", ", refused));
    }
  }

  private static void checkComment(TaskWrite write, CommandContext context) {
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      if (write.taskId() != null) {
        TaskEntity task = context.getTaskManager().findTaskById(write.taskId());
        if (task != null) {
          checker.checkTaskWork(task);
        }
      } else if (write.processInstanceId() != null) {
        checker.checkUpdateProcessInstanceById(write.processInstanceId());
      }
    }
  }
}
