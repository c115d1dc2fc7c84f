package org.ordertocash.identity;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default authorizations, except those it writes for every task: a row per candidate
 * group, candidate user, assignee and owner of each task. Those rows grew with open tasks and made
 * every Tasklist query slower (issue 11); staff groups hold their task rights once instead
 * ({@code IdentitySetup}) and {@link TaskVisibility} decides which tasks each person sees.
 */
class NoTaskAuthorizations extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    return null;
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    return null;
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    return null;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    return null;
  }

  @Override
  public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
    return null;
  }

  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
    return null;
  }
}
