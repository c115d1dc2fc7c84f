package org.ordertocash.identity;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.ordertocash.config.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings open tasks of an earlier version over to {@link TaskVisibility} (docs/adr/0006): that
 * version wrote authorization rows for each task - a grant per candidate group and assignee and,
 * for four-eyes tasks, a REVOKE per excluded user. On start, each task's REVOKEs become the
 * task's four-eyes mark, then all rows naming one task are deleted. Rows for every task
 * ({@code *}) stay. Repeatable: a task already marked is not marked again, and with no per-task
 * rows left the check is one indexed query.
 */
@Component
@Order(StartupOrder.TASK_RIGHTS_UPGRADE)
public class TaskRightsUpgrade implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TaskRightsUpgrade.class);
  private static final int PAGE = 500;

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
      log.info("Moved {} tasks from per-task authorization rows to task marks (docs/adr/0006)", upgraded);
    }
  }

  /** Upgrades every task that still has rows of its own; returns how many there were. */
  public int upgrade() {
    int upgraded = 0;
    List<String> taskIds;
    do {
      taskIds = jdbc.queryForList("select distinct RESOURCE_ID_ from ACT_RU_AUTHORIZATION"
          + " where RESOURCE_TYPE_ = ? and RESOURCE_ID_ <> '*' order by RESOURCE_ID_ limit " + PAGE,
          String.class, Resources.TASK.resourceType());
      taskIds.forEach(this::upgrade);
      upgraded += taskIds.size();
    } while (taskIds.size() == PAGE);
    return upgraded;
  }

  private void upgrade(String taskId) {
    List<Authorization> rows = authorizations.createAuthorizationQuery()
        .resourceType(Resources.TASK).resourceId(taskId).list();
    List<String> excluded = new ArrayList<>();
    for (Authorization row : rows) {
      if (row.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE && row.getUserId() != null) {
        excluded.add(row.getUserId());
      }
    }
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task != null && !excluded.isEmpty() && !isMarked(taskId)) {
      if (excluded.size() > TaskVisibility.SLOTS) {
        log.warn("Task {} excluded {}; only the first {} are hidden from it, all are still refused on completion",
            taskId, excluded, TaskVisibility.SLOTS);
        excluded = excluded.subList(0, TaskVisibility.SLOTS);
      }
      tasks.setVariablesLocal(taskId, TaskVisibility.slots(excluded));
      tasks.addCandidateUser(taskId, TaskVisibility.FOUR_EYES_MARK);
    }
    rows.forEach(row -> authorizations.deleteAuthorization(row.getId()));
  }

  private boolean isMarked(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .anyMatch(link -> TaskVisibility.FOUR_EYES_MARK.equals(link.getUserId()));
  }
}
