package org.ordertocash.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.ordertocash.config.StartupOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the shared Tasklist filters (looked up by name, created once, brought up to date at each
 * start) and grants READ on them to every staff group, and one filter per staff group that only
 * that group reads. The filters have no owner; only administrators
 * (camunda-admin, ALL on FILTER) may create or change filters - no group gets CREATE on FILTER.
 *
 * <p>The queries use expressions ({@code ${dateTime()}}), which
 * the engine evaluates for stored queries only ({@code enableExpressionsInStoredQueries: true});
 * {@code enableExpressionsInAdhocQueries: false} stops any REST user from sending an expression
 * of their own - an expression is code run inside the engine. Since only admins can store a
 * filter, only admins decide which expressions run.
 */
@Component
@Order(StartupOrder.TASKLIST_FILTERS)
public class TasklistFilterSetup implements ApplicationRunner {

  /** The filters' names as staff read them (the organisation's language is Chinese by default). */
  public static final String MY_GROUPS_TASKS = "我组的任务";
  public static final String DUE_TODAY_OR_OVERDUE = "今天到期 / 已逾期";
  /**
   * One filter per staff group, read by that group only: for people in several groups (a sales
   * manager is in sales too) who want one group's work at a time.
   */
  public static final Map<String, String> GROUP_FILTERS = Map.of(
      Groups.SALES, "销售的任务",
      Groups.SALES_MANAGERS, "销售经理的任务",
      Groups.FINANCE, "财务的任务",
      Groups.LEGAL, "法务的任务",
      Groups.WAREHOUSE, "仓库的任务",
      Groups.CUSTOMER_SERVICE, "客服的任务");
  /** The names earlier versions seeded; such a filter is renamed, not seeded again. */
  static final Map<String, String> EARLIER_NAMES =
      Map.of(MY_GROUPS_TASKS, "My group's tasks", DUE_TODAY_OR_OVERDUE, "Due today / overdue");

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationGrants grants;

  public TasklistFilterSetup(FilterService filterService, TaskService taskService, AuthorizationGrants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    setUp();
  }

  public void setUp() {
    Filter myGroups = ensureFilter(MY_GROUPS_TASKS, groupTasks(),
        properties(-10, "我所在组的未完成任务（含已认领）和分配给我的任务，按到期日排序"));
    Filter dueToday = ensureFilter(DUE_TODAY_OR_OVERDUE,
        groupTasks().dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}"),
        properties(-5, "我所在组今天到期或已逾期的任务"));
    for (Filter filter : List.of(myGroups, dueToday)) {
      for (String staff : Groups.STAFF) {
        grants.grant(staff, Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
    int priority = 0;
    for (String group : Groups.STAFF) {
      Filter own = ensureFilter(GROUP_FILTERS.get(group),
          taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().orderByDueDate().asc(),
          properties(priority++, "“" + group + "”组的未完成任务（含已认领），按到期日排序"));
      grants.grant(group, Resources.FILTER, own.getId(), Permissions.READ);
    }
  }

  /**
   * No criteria of its own: every staff user's task query is narrowed to their groups' tasks and
   * their own ({@link VisibleTaskManager}). A candidate-group criterion here would say the same
   * again and make the database join every task with its identity links.
   */
  private TaskQuery groupTasks() {
    return taskService.createTaskQuery().orderByDueDate().asc();
  }

  private static Map<String, Object> properties(int priority, String description) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    return properties;
  }

  /**
   * Creates the filter, or brings an existing one back to this definition: the seeded filters
   * belong to the application, so a fix to their query reaches databases seeded by an earlier
   * version (and a hand edit is reverted at the next start).
   */
  private Filter ensureFilter(String name, TaskQuery query, Map<String, Object> properties) {
    List<Filter> existing = filterService.createFilterQuery().filterName(name).list();
    if (existing.isEmpty() && EARLIER_NAMES.containsKey(name)) {
      existing = filterService.createFilterQuery().filterName(EARLIER_NAMES.get(name)).list();
    }
    Filter filter = existing.isEmpty() ? filterService.newTaskFilter(name) : existing.get(0);
    filter.setName(name);
    filter.setQuery(query);
    filter.setProperties(properties);
    return filterService.saveFilter(filter);
  }
}
