package org.ordertocash.identity;

import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's task manager, narrowing every task query a signed-in user runs to the tasks
 * {@link TaskVisibility} lets them see: REST {@code /task}, Tasklist's filters and counts, and the
 * application's own queries alike, because they all end here.
 */
class VisibleTaskManager extends TaskManager {

  @Override
  public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
    narrow(query);
    return super.findTasksByQueryCriteria(query);
  }

  @Override
  public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
    narrow(query);
    return super.findTaskCountByQueryCriteria(query);
  }

  private static void narrow(TaskQueryImpl query) {
    Authentication user = TaskAccess.restrictedUser(Context.getCommandContext());
    if (user != null && !TaskVisibility.isRestricted(query)) {
      TaskVisibility.restrict(query, user.getUserId(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
    }
  }

  /** Hands the engine this manager wherever it asks for the {@link TaskManager}. */
  static final class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return TaskManager.class;
    }

    @Override
    public Session openSession() {
      return new VisibleTaskManager();
    }
  }
}
