package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Task rights without a row per task (docs/adr/0006): groups see and work their tasks, the
 * four-eyes rule hides a task from the people it excludes on every way in, and neither adds
 * authorization rows as tasks are opened.
 */
class TaskVisibilityTest extends IdentityWebTestBase {

  @Autowired
  TaskRightsUpgrade upgrade;

  TaskService tasks;
  IdentityService identity;
  AuthorizationService authorizations;

  @BeforeEach
  void deploy() {
    tasks = engine.getTaskService();
    identity = engine.getIdentityService();
    authorizations = engine.getAuthorizationService();
    engine.getRepositoryService().createDeployment().name("otc-task-visibility-test")
        .addModelInstance("four-eyes-test.bpmn", TestModels.fourEyesProcess())
        .enableDuplicateFiltering(false).deploy();
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  private ProcessInstance startFourEyes(String excluded) {
    return engine.getRuntimeService().startProcessInstanceByKey(TestModels.FOUR_EYES_PROCESS,
        Map.of("fourEyesExcluded", excluded, "orderNumber", "TV-" + excluded));
  }

  private String taskOf(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  @Test
  void theExcludedManagerNeitherSeesNorWorksTheTaskThroughRest() {
    ProcessInstance instance = startFourEyes("mike");
    String taskId = taskOf(instance);
    String byInstance = "?processInstanceId=" + instance.getId();
    String filterId = engine.getFilterService().createFilterQuery()
        .filterName(TasklistFilterSetup.MY_GROUPS_TASKS).singleResult().getId();

    assertThat(get(rest("/task" + byInstance), "mike").body()).isEqualTo("[]");
    assertThat(get(rest("/task/count" + byInstance), "mike").body()).contains("\"count\":0");
    assertThat(post(rest("/task"), "mike", "{\"processInstanceId\":\"" + instance.getId() + "\"}").body()).isEqualTo("[]");
    assertThat(get(rest("/filter/" + filterId + "/list?maxResults=2000"), "mike").body()).doesNotContain(taskId);
    assertThat(get(rest("/task/" + taskId), "mike").statusCode()).isIn(403, 404);
    assertThat(get(rest("/task/" + taskId + "/form-variables"), "mike").statusCode()).isEqualTo(403);
    assertThat(post(rest("/task/" + taskId + "/claim"), "mike", "{\"userId\":\"mike\"}").statusCode()).isEqualTo(403);
    assertThat(post(rest("/task/" + taskId + "/complete"), "mike", "{}").statusCode()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

    assertThat(get(rest("/task/count" + byInstance), "nina").body()).contains("\"count\":1");
    assertThat(get(rest("/filter/" + filterId + "/list?maxResults=2000"), "nina").body()).contains(taskId);
    assertThat(post(rest("/task/" + taskId + "/claim"), "nina", "{\"userId\":\"nina\"}").statusCode()).isEqualTo(204);
    assertThat(post(rest("/task/" + taskId + "/complete"), "nina", "{}").statusCode()).isEqualTo(204);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void aTaskAssignedToSomeoneStaysTheirsAndTheirGroupsOnly() {
    ProcessInstance instance = startFourEyes("sally");
    String taskId = taskOf(instance);
    tasks.claim(taskId, "nina");

    identity.setAuthentication("nina", List.of(Groups.SALES_MANAGERS));
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    identity.setAuthentication("walter", List.of(Groups.WAREHOUSE));
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    identity.setAuthentication("mike", List.of(Groups.SALES_MANAGERS));
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee("nina").count())
        .as("the group sees its claimed tasks").isEqualTo(1);
  }

  @Test
  void twoThousandMoreOpenTasksAddNoAuthorizationRows() {
    // Camunda's provider writes task rows with resource type Task; nothing else does
    long rowsBefore = authorizations.createAuthorizationQuery().resourceType(Resources.TASK).count();
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(TestModels.FOUR_EYES_PROCESS).latestVersion().singleResult().getId();

    for (int i = 0; i < 2_000; i++) {
      startFourEyes(i % 2 == 0 ? "mike" : "sally,mike");
    }

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).count()).isEqualTo(rowsBefore);
    identity.setAuthentication("mike", List.of(Groups.SALES_MANAGERS));
    assertThat(tasks.createTaskQuery().processDefinitionId(definitionId).count()).as("mike, excluded from all").isZero();
    identity.setAuthentication("nina", List.of(Groups.SALES_MANAGERS));
    assertThat(tasks.createTaskQuery().processDefinitionId(definitionId).count()).isGreaterThanOrEqualTo(2_000);
  }

  @Test
  void aTaskComesOnceAndCountsOnceWhateverTheQueryJoins() {
    ProcessInstance instance = startFourEyes("sally");
    String taskId = taskOf(instance);
    tasks.addCandidateGroup(taskId, Groups.FINANCE);
    identity.setAuthentication("nina", List.of(Groups.SALES_MANAGERS, Groups.FINANCE));

    // no criterion of its own: the visibility condition alone, without the identity-link join
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).orderByDueDate().asc().list())
        .extracting(Task::getId).containsExactly(taskId);
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    // a candidate-group criterion joins both of the task's groups
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskCandidateGroupIn(List.of(Groups.SALES_MANAGERS, Groups.FINANCE)).list()).hasSize(1);
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskCandidateGroupIn(List.of(Groups.SALES_MANAGERS, Groups.FINANCE)).count()).isEqualTo(1);
  }

  @Test
  void tasksOfEarlierVersionsMoveToFourEyesLinks() {
    String byRows = taskOf(startTaskProcess());
    save(Authorization.AUTH_TYPE_GRANT, null, Groups.SALES, byRows);
    save(Authorization.AUTH_TYPE_REVOKE, "sally", null, byRows);
    String bySlots = taskOf(startTaskProcess());
    tasks.addCandidateUser(bySlots, "~four-eyes");
    tasks.setVariablesLocal(bySlots, Map.of("fourEyesHidden1", "sally", "fourEyesHidden2", "sam", "fourEyesHidden3", ""));

    assertThat(upgrade.upgrade()).isGreaterThanOrEqualTo(2);

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(byRows).count()).isZero();
    assertThat(fourEyesLinks(byRows)).containsExactly("sally");
    assertThat(fourEyesLinks(bySlots)).containsExactlyInAnyOrder("sally", "sam");
    assertThat(tasks.getVariablesLocal(bySlots)).isEmpty();
    assertThat(tasks.getIdentityLinksForTask(bySlots)).extracting(IdentityLink::getUserId).doesNotContain("~four-eyes");
    identity.setAuthentication("sally", List.of(Groups.SALES));
    assertThat(tasks.createTaskQuery().taskIdIn(byRows, bySlots).count()).as("hidden from sally").isZero();
    identity.setAuthentication("sam", List.of(Groups.SALES));
    assertThat(tasks.createTaskQuery().taskIdIn(byRows, bySlots).list()).extracting(Task::getId).containsExactly(byRows);
    identity.clearAuthentication();
    assertThat(upgrade.upgrade()).as("nothing left the second time").isZero();
    assertThat(fourEyesLinks(byRows)).containsExactly("sally");
  }

  private List<String> fourEyesLinks(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> TaskVisibility.FOUR_EYES.equals(link.getType())).map(IdentityLink::getUserId).toList();
  }

  private void save(int type, String user, String group, String taskId) {
    Authorization row = authorizations.createNewAuthorization(type);
    row.setUserId(user);
    row.setGroupId(group);
    row.setResource(Resources.TASK);
    row.setResourceId(taskId);
    if (type == Authorization.AUTH_TYPE_GRANT) {
      row.addPermission(Permissions.READ);
      row.addPermission(TaskPermissions.TASK_WORK);
    } else {
      row.removePermission(Permissions.READ);
      row.removePermission(TaskPermissions.TASK_WORK);
    }
    authorizations.saveAuthorization(row);
  }
}
