package org.ordertocash.identity;

import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;

/**
 * The engine's task manager, narrowing every task query a signed-in user runs to the tasks
 * {@link TaskVisibility} lets them see: REST {@code /task}, Tasklist's filters and counts, and the
 * application's own queries alike, because they all end here.
 */
class VisibleTaskManager extends TaskManager {

  /**
   * Called by the engine for every task list and count. After Camunda's own configuration (its
   * authorization check, tenants), narrows the query for a signed-in user. A user whose groups
   * may read the tasks of every process definition passes Camunda's per-row check on every
   * process task, so that check - a join of each task with the authorization table, the cost that
   * grew with open tasks - is dropped for them; {@link TaskVisibility} decides instead.
   */
  @Override
  protected void configureQuery(TaskQueryImpl query) {
    super.configureQuery(query);
    Authentication user = TaskAccess.restrictedUser(Context.getCommandContext());
    if (user == null) {
      return;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!TaskVisibility.isRestricted(query)) {
      TaskVisibility.restrict(query, user.getUserId(), groups);
    }
    if (readsTasksOfEveryProcess(user.getUserId(), groups)) {
      query.getAuthCheck().setAuthorizationCheckEnabled(false);
    }
  }

  private boolean readsTasksOfEveryProcess(String user, List<String> groups) {
    return getAuthorizationManager().isAuthorized(user, groups, ProcessDefinitionPermissions.READ_TASK,
        Resources.PROCESS_DEFINITION, Authorization.ANY);
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
