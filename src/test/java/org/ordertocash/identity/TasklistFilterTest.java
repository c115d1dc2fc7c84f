package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TasklistFilterTest extends IdentityWebTestBase {

  @Autowired
  TasklistFilterSetup filterSetup;

  @Autowired
  IdentitySetup identitySetup;

  private List<Filter> filters(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).list();
  }

  private long grants() {
    return engine.getAuthorizationService().createAuthorizationQuery().count();
  }

  @Test
  void filtersAreSeededOnceWithoutOwner() {
    long grantsBefore = grants();
    identitySetup.setUp();
    filterSetup.setUp();
    filterSetup.setUp();

    for (String name : List.of(TasklistFilterSetup.MY_GROUPS_TASKS, TasklistFilterSetup.DUE_TODAY_OR_OVERDUE)) {
      List<Filter> filters = filters(name);
      assertThat(filters).as(name).hasSize(1);
      assertThat(filters.get(0).getOwner()).isNull();
      assertThat(filters.get(0).getProperties()).containsKeys("priority", "description", "refresh");
    }
    assertThat(grants()).as("re-running the setup adds no authorization").isEqualTo(grantsBefore);
  }

  @Test
  void everyStaffGroupMayReadTheFiltersButNoGroupMayCreateOne() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (String name : List.of(TasklistFilterSetup.MY_GROUPS_TASKS, TasklistFilterSetup.DUE_TODAY_OR_OVERDUE)) {
      String filterId = filters(name).get(0).getId();
      for (String group : Groups.STAFF) {
        assertThat(authorizations.isUserAuthorized("x", List.of(group), Permissions.READ, Resources.FILTER, filterId))
            .as(group + " reads " + name).isTrue();
        assertThat(authorizations.isUserAuthorized("x", List.of(group), Permissions.UPDATE, Resources.FILTER, filterId))
            .as(group + " updates " + name).isFalse();
      }
    }
    for (String group : List.of(Groups.SALES, Groups.FINANCE, Groups.PROCESS_OWNERS, Groups.AUDITORS)) {
      assertThat(authorizations.isUserAuthorized("x", List.of(group), Permissions.CREATE, Resources.FILTER))
          .as(group + " creates filters").isFalse();
    }
  }

  @Test
  void staffSeeTheirTasksThroughTheFilter() {
    String processInstanceId = startTaskProcess().getId();
    String filterId = filters(TasklistFilterSetup.MY_GROUPS_TASKS).get(0).getId();

    HttpResponse<String> list = get(rest("/filter"), "sally");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(TasklistFilterSetup.MY_GROUPS_TASKS)
        .contains(TasklistFilterSetup.DUE_TODAY_OR_OVERDUE);

    HttpResponse<String> sallysTasks = get(rest("/filter/" + filterId + "/list"), "sally");
    assertThat(sallysTasks.statusCode()).as(sallysTasks.body()).isEqualTo(200);
    assertThat(sallysTasks.body()).contains(processInstanceId);

    HttpResponse<String> waltersTasks = get(rest("/filter/" + filterId + "/list"), "walter");
    assertThat(waltersTasks.statusCode()).as(waltersTasks.body()).isEqualTo(200);
    assertThat(waltersTasks.body()).doesNotContain(processInstanceId);

    // the due-date filter runs its date expression too (the test task has no due date)
    String dueFilterId = filters(TasklistFilterSetup.DUE_TODAY_OR_OVERDUE).get(0).getId();
    HttpResponse<String> due = get(rest("/filter/" + dueFilterId + "/count"), "sally");
    assertThat(due.statusCode()).as(due.body()).isEqualTo(200);
  }

  @Test
  void eachStaffGroupHasAFilterOfItsOwnThatOnlyItReads() {
    String processInstanceId = startTaskProcess().getId();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (String group : Groups.STAFF) {
      String filterId = filters(TasklistFilterSetup.GROUP_FILTERS.get(group)).get(0).getId();
      for (String other : Groups.STAFF) {
        assertThat(authorizations.isUserAuthorized("x", List.of(other), Permissions.READ, Resources.FILTER, filterId))
            .as(other + " reads the filter of " + group).isEqualTo(other.equals(group));
      }
    }

    String sales = filters(TasklistFilterSetup.GROUP_FILTERS.get(Groups.SALES)).get(0).getId();
    String managers = filters(TasklistFilterSetup.GROUP_FILTERS.get(Groups.SALES_MANAGERS)).get(0).getId();
    String warehouse = filters(TasklistFilterSetup.GROUP_FILTERS.get(Groups.WAREHOUSE)).get(0).getId();
    assertThat(get(rest("/filter/" + sales + "/list"), "sally").body()).as("a sales task under sales").contains(processInstanceId);
    assertThat(get(rest("/filter/" + managers + "/list"), "mike").body()).as("not under sales managers")
        .doesNotContain(processInstanceId);
    assertThat(get(rest("/filter/" + warehouse + "/list"), "walter").body()).as("not under warehouse")
        .doesNotContain(processInstanceId);
    assertThat(get(rest("/filter/" + managers + "/list"), "sally").statusCode()).as("sally reads no managers' filter")
        .isEqualTo(403);
  }

  @Test
  void aFilterSeededInEnglishByAnEarlierVersionIsRenamedNotSeededAgain() {
    Filter seeded = filters(TasklistFilterSetup.MY_GROUPS_TASKS).get(0);
    seeded.setName("My group's tasks");
    engine.getFilterService().saveFilter(seeded);

    filterSetup.setUp();

    assertThat(filters(TasklistFilterSetup.MY_GROUPS_TASKS)).singleElement()
        .satisfies(f -> assertThat(f.getId()).isEqualTo(seeded.getId()));
    assertThat(filters("My group's tasks")).isEmpty();
  }

  @Test
  void aFilterSeededByAnEarlierVersionIsBroughtUpToDate() {
    Filter stale = filters(TasklistFilterSetup.MY_GROUPS_TASKS).get(0);
    stale.setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroup("nobody"));
    engine.getFilterService().saveFilter(stale);

    filterSetup.setUp();

    Filter current = filters(TasklistFilterSetup.MY_GROUPS_TASKS).get(0);
    assertThat(current.getId()).isEqualTo(stale.getId());
    assertThat(((TaskQueryImpl) current.getQuery()).getCandidateGroup()).isNull();
    assertThat(((TaskQueryImpl) current.getQuery()).getOrderingProperties()).hasSize(1);
  }

  @Test
  void staffCannotCreateFilters() {
    HttpResponse<String> create = post(rest("/filter/create"), "sally",
        "{\"resourceType\":\"Task\",\"name\":\"Everything\",\"query\":{}}");
    assertThat(create.statusCode()).as(create.body()).isEqualTo(403);
    assertThat(filters("Everything")).isEmpty();
  }

  @Test
  void expressionsInAdHocQueriesAreRefused() {
    HttpResponse<String> query = post(rest("/task"), "sally", "{\"assigneeExpression\":\"${currentUser()}\"}");
    assertThat(query.statusCode()).as(query.body()).isIn(400, 403);
    assertThat(query.body()).containsIgnoringCase("expression");

    HttpResponse<String> viaGet = get(rest("/task?candidateGroupsExpression=%24%7BcurrentUserGroups()%7D"), "sally");
    assertThat(viaGet.statusCode()).as(viaGet.body()).isIn(400, 403);
  }
}
