package org.ordertocash.identity;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a command writes on a task: the variables it sets or removes, or a comment. Camunda's
 * commands offer no getters for these, so they are read from the commands' fields; the field
 * names are those of Camunda 7.24, the last Community Edition (TaskWriteGuardTest fails if they
 * change). Null for every command that writes nothing on a task.
 */
record TaskWrite(String what, String taskId, String processInstanceId, Set<String> variablesSet,
    Set<String> variablesRemoved) {

  static TaskWrite of(Command<?> command) {
    if (command instanceof CompleteTaskCmd) {
      return variables("completion", command, "taskId", "variables");
    }
    if (command instanceof SubmitTaskFormCmd) {
      return variables("form submission", command, "taskId", "properties");
    }
    if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      return variables("error or escalation", command, "taskId", "variables");
    }
    if (command instanceof SetTaskVariablesCmd) {
      return variables("variable update", command, "entityId", "variables");
    }
    if (command instanceof PatchTaskVariablesCmd) {
      return new TaskWrite("variable update", (String) field(command, "entityId"), null,
          keys(field(command, "variables")), names(field(command, "deletions")));
    }
    if (command instanceof RemoveTaskVariablesCmd) {
      return new TaskWrite("variable removal", (String) field(command, "entityId"), null, Set.of(),
          names(field(command, "variableNames")));
    }
    if (command instanceof AddCommentCmd) {
      return new TaskWrite("comment", (String) field(command, "taskId"), (String) field(command, "processInstanceId"),
          Set.of(), Set.of());
    }
    return null;
  }

  boolean isComment() {
    return "comment".equals(what);
  }

  private static TaskWrite variables(String what, Command<?> command, String taskField, String variablesField) {
    return new TaskWrite(what, (String) field(command, taskField), null, keys(field(command, variablesField)), Set.of());
  }

  private static Set<String> keys(Object variables) {
    return variables instanceof Map<?, ?> map ? names(map.keySet()) : Set.of();
  }

  private static Set<String> names(Object collection) {
    Set<String> names = new LinkedHashSet<>();
    if (collection instanceof Collection<?> values) {
      values.forEach(value -> names.add(String.valueOf(value)));
    }
    return names;
  }

  private static Object field(Object target, String name) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + target.getClass().getName(), e);
      }
    }
    throw new IllegalStateException(target.getClass().getName() + " has no field " + name
        + ": Camunda's commands changed, see TaskWrite");
  }
}
