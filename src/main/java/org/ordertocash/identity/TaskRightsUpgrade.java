package org.ordertocash.identity;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.ordertocash.config.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings open tasks of earlier versions over to {@link TaskVisibility} (docs/adr/0006). The first
 * wrote authorization rows for each task - a grant per candidate group and assignee and, for
 * four-eyes tasks, a REVOKE per excluded user; the second marked a four-eyes task with the
 * candidate user {@code ~four-eyes} and kept up to three excluded users in task variables. On
 * start, each excluded user becomes a {@value TaskVisibility#FOUR_EYES} link of the task, then the
 * task's rows, or its mark and variables, are deleted. Rows for every task ({@code *}) stay.
 * Repeatable: a user already hidden from a task is not linked again, and with nothing left of the
 * earlier forms the check is two indexed queries.
 */
@Component
@Order(StartupOrder.TASK_RIGHTS_UPGRADE)
public class TaskRightsUpgrade implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TaskRightsUpgrade.class);
  private static final int PAGE = 500;
  /** How the second form marked a four-eyes task, and where it kept the excluded users. */
  private static final String SLOTS_MARK = "~four-eyes";
  private static final List<String> SLOTS = List.of("fourEyesHidden1", "fourEyesHidden2", "fourEyesHidden3");

  private final AuthorizationService authorizations;
  private final TaskService tasks;
  private final JdbcTemplate jdbc;

  public TaskRightsUpgrade(AuthorizationService authorizations, TaskService tasks, DataSource dataSource) {
    this.authorizations = authorizations;
    this.tasks = tasks;
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public void run(ApplicationArguments args) {
    int upgraded = upgrade();
    if (upgraded > 0) {
      log.info("Moved {} tasks from per-task authorization rows or marks to four-eyes links (docs/adr/0006)", upgraded);
    }
  }

  /** Upgrades every task that still has rows or marks of its own; returns how many there were. */
  public int upgrade() {
    int upgraded = 0;
    List<String> taskIds;
    do {
      taskIds = jdbc.queryForList("select distinct RESOURCE_ID_ from ACT_RU_AUTHORIZATION"
          + " where RESOURCE_TYPE_ = ? and RESOURCE_ID_ <> '*' order by RESOURCE_ID_ limit " + PAGE,
          String.class, Resources.TASK.resourceType());
      taskIds.forEach(this::upgradeRows);
      upgraded += taskIds.size();
    } while (taskIds.size() == PAGE);
    do {
      taskIds = jdbc.queryForList("select TASK_ID_ from ACT_RU_IDENTITYLINK where USER_ID_ = ? and TYPE_ = ?"
          + " order by TASK_ID_ limit " + PAGE, String.class, SLOTS_MARK, IdentityLinkType.CANDIDATE);
      taskIds.forEach(this::upgradeSlots);
      upgraded += taskIds.size();
    } while (taskIds.size() == PAGE);
    return upgraded;
  }

  /** The first form: a REVOKE row per excluded user, grants per candidate and assignee. */
  private void upgradeRows(String taskId) {
    List<Authorization> rows = authorizations.createAuthorizationQuery()
        .resourceType(Resources.TASK).resourceId(taskId).list();
    Set<String> excluded = new LinkedHashSet<>();
    for (Authorization row : rows) {
      if (row.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE && row.getUserId() != null) {
        excluded.add(row.getUserId());
      }
    }
    hide(taskId, excluded);
    rows.forEach(row -> authorizations.deleteAuthorization(row.getId()));
  }

  /** The second form: the candidate user {@value #SLOTS_MARK} and up to three slot variables. */
  private void upgradeSlots(String taskId) {
    Set<String> excluded = new LinkedHashSet<>();
    for (String slot : SLOTS) {
      Object user = tasks.getVariableLocal(taskId, slot);
      if (user instanceof String id && !id.isEmpty()) {
        excluded.add(id);
      }
    }
    hide(taskId, excluded);
    tasks.removeVariablesLocal(taskId, SLOTS);
    tasks.deleteCandidateUser(taskId, SLOTS_MARK);
  }

  private void hide(String taskId, Set<String> excluded) {
    if (excluded.isEmpty() || tasks.createTaskQuery().taskId(taskId).count() == 0) {
      return;
    }
    Set<String> hidden = new HashSet<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
      if (TaskVisibility.FOUR_EYES.equals(link.getType())) {
        hidden.add(link.getUserId());
      }
    }
    excluded.stream().filter(user -> !hidden.contains(user))
        .forEach(user -> tasks.addUserIdentityLink(taskId, user, TaskVisibility.FOUR_EYES));
  }
}
