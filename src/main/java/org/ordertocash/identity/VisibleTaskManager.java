package org.ordertocash.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's task manager, narrowing every task list and count a signed-in user runs to the
 * tasks {@link TaskVisibility} lets them see: REST {@code /task}, Tasklist's filters and counts,
 * and the application's own queries alike, because they all end here. The narrowed statements are
 * Camunda's with one more condition ({@value #MAPPING}).
 */
class VisibleTaskManager extends TaskManager {

  static final String MAPPING = "org/ordertocash/identity/VisibleTask.xml";
  private static final String NAMESPACE = "org.ordertocash.identity.VisibleTask.";

  @Override
  public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
    configureQuery(query);
    if (!narrow(query)) {
      return getDbEntityManager().selectList("selectTaskByQueryCriteria", query);
    }
    String statement = rowsMayRepeat(query) ? "selectVisibleTasksDistinct" : "selectVisibleTasks";
    return getDbEntityManager().selectList(NAMESPACE + statement, query);
  }

  @Override
  public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
    configureQuery(query);
    if (!narrow(query)) {
      return (Long) getDbEntityManager().selectOne("selectTaskCountByQueryCriteria", query);
    }
    String statement = rowsMayRepeat(query) ? "selectVisibleTaskCountDistinct" : "selectVisibleTaskCount";
    return (Long) getDbEntityManager().selectOne(NAMESPACE + statement, query);
  }

  /**
   * After Camunda's own configuration (its authorization check, tenants): whether the query is
   * narrowed for a signed-in user, who is then named in its authorization check. A user whose
   * groups may read the tasks of every process definition passes Camunda's per-row check on every
   * process task, so that check - a join of each task with the authorization table - is dropped
   * for them; {@link TaskVisibility} decides instead.
   */
  private boolean narrow(TaskQueryImpl query) {
    Authentication user = TaskAccess.restrictedUser(Context.getCommandContext());
    if (user == null) {
      return false;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    AuthorizationCheck check = query.getAuthCheck();
    if (readsTasksOfEveryProcess(user.getUserId(), groups)) {
      check.setAuthorizationCheckEnabled(false);
    }
    check.setAuthUserId(user.getUserId());
    check.setAuthGroupIds(groups);
    return true;
  }

  private boolean readsTasksOfEveryProcess(String user, List<String> groups) {
    return getAuthorizationManager().isAuthorized(user, groups, ProcessDefinitionPermissions.READ_TASK,
        Resources.PROCESS_DEFINITION, Authorization.ANY);
  }

  /**
   * Whether Camunda's joins may return a task more than once, so that the rows must be made
   * distinct: the conditions under which its mapping joins the identity links, the authorization
   * table, or variables to order by.
   */
  static boolean rowsMayRepeat(TaskQueryImpl query) {
    if (query.getAuthCheck().getShouldPerformAuthorizatioCheck()) {
      return true;
    }
    if (query.getOrderingProperties().stream().anyMatch(ordering -> ordering.getRelation() != null)) {
      return true;
    }
    return query.getQueries().stream().anyMatch(criteria -> criteria.getCandidateUser() != null
        || criteria.getCandidateGroups() != null || criteria.getCandidateGroupLike() != null
        || criteria.getInvolvedUser() != null || criteria.isWithCandidateGroups() || criteria.isWithCandidateUsers());
  }

  /** Adds the narrowed statements to the engine's MyBatis configuration, once. */
  static void addStatements(Configuration mybatis) {
    if (mybatis.isResourceLoaded(MAPPING)) {
      return;
    }
    try (InputStream xml = VisibleTaskManager.class.getClassLoader().getResourceAsStream(MAPPING)) {
      if (xml == null) {
        throw new IllegalStateException(MAPPING + " is missing from the class path");
      }
      new XMLMapperBuilder(xml, mybatis, MAPPING, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + MAPPING, e);
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
