package org.ordertocash.identity;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Applies {@link TaskVisibility} to commands that name one task by its id (complete, claim,
 * form, variables, comments, ...): a task the user may not see is refused as if they had no
 * permission on it (403 on REST), so knowing a task id is not enough.
 */
final class TaskAccess {

  private TaskAccess() {}

  /** The signed-in user whose task access is restricted; null for administrators and the engine itself. */
  static Authentication restrictedUser(CommandContext context) {
    if (context == null || !context.getProcessEngineConfiguration().isAuthorizationEnabled()
        || !context.isAuthorizationCheckEnabled()) {
      return null;
    }
    Authentication authentication = context.getAuthentication();
    if (authentication == null || authentication.getUserId() == null
        || context.getAuthorizationManager().isCamundaAdmin(authentication)) {
      return null;
    }
    return authentication;
  }

  static void check(Command<?> command, CommandContext context) {
    Authentication user = restrictedUser(context);
    String taskId = user == null ? null : taskIdOf(command);
    if (taskId == null) {
      return;
    }
    TaskEntity task = context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(taskId));
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (task != null && !context.runWithoutAuthorization(() -> TaskVisibility.visible(task, user.getUserId(), groups))) {
      throw new AuthorizationException(user.getUserId(), Permissions.READ.getName(), Resources.TASK.resourceName(),
          taskId);
    }
  }

  /**
   * The task a command of Camunda's works on: its {@code taskId} field, or for the task variable
   * and task form variable commands {@code entityId} / {@code resourceId}. Null for other commands.
   */
  static String taskIdOf(Command<?> command) {
    if (command instanceof CreateTaskCmd || command instanceof AbstractQuery<?, ?>) {
      // queries are narrowed by VisibleTaskManager; a query's taskId is a criterion, not a target
      return null;
    }
    String name = command.getClass().getSimpleName();
    Object id = field(command, "taskId");
    if (id == null && name.contains("Task")) {
      id = field(command, "entityId");
      if (id == null) {
        id = field(command, "resourceId");
      }
    }
    return id instanceof String text ? text : null;
  }

  /**
   * Where each command class keeps a field of that name, looked up once per class: this runs for
   * every command of a signed-in user, and a lookup walks the class hierarchy through exceptions.
   */
  private static final Map<Class<?>, Map<String, Optional<Field>>> FIELDS = new ConcurrentHashMap<>();

  private static Object field(Object target, String name) {
    if (!target.getClass().getName().startsWith("org.camunda.bpm.engine.impl.")) {
      return null;
    }
    Optional<Field> field = FIELDS.computeIfAbsent(target.getClass(), type -> new ConcurrentHashMap<>())
        .computeIfAbsent(name, missing -> declared(target.getClass(), name));
    if (field.isEmpty()) {
      return null;
    }
    try {
      return field.get().get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + target.getClass().getName(), e);
    }
  }

  private static Optional<Field> declared(Class<?> commandType, String name) {
    for (Class<?> type = commandType; type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return Optional.of(field);
      } catch (NoSuchFieldException e) {
        // declared further up, or not at all
      }
    }
    return Optional.empty();
  }
}
