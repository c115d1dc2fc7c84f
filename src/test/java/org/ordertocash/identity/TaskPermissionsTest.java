package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff groups hold READ_TASK + TASK_WORK on the process definitions (IdentitySetup), not
 * UPDATE: they claim and complete their groups' tasks, they do not edit or reassign them.
 */
class TaskPermissionsTest extends IdentityWebTestBase {

  TaskService taskService;
  IdentityService identityService;
  String processInstanceId;

  @BeforeEach
  void setUp() {
    taskService = engine.getTaskService();
    identityService = engine.getIdentityService();
    processInstanceId = startTaskProcess().getId();
  }

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  private void as(String user, String... groups) {
    identityService.setAuthentication(user, List.of(groups));
  }

  private Task theTask() {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  @Test
  void groupMemberSeesClaimsAndCompletesItsTask() {
    as("sally", Groups.SALES);
    Task task = theTask();
    assertThat(task).isNotNull();
    taskService.claim(task.getId(), "sally");
    taskService.complete(task.getId());
    identityService.clearAuthentication();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).count()).isZero();
  }

  @Test
  void groupMemberCannotUpdateOrReassignTheTask() {
    as("sally", Groups.SALES);
    Task task = theTask();

    assertThatThrownBy(() -> taskService.setAssignee(task.getId(), "mike"))
        .isInstanceOf(AuthorizationException.class);

    task.setPriority(99);
    assertThatThrownBy(() -> taskService.saveTask(task)).isInstanceOf(AuthorizationException.class);

    Task renamed = theTask();
    renamed.setName("Something else");
    assertThatThrownBy(() -> taskService.saveTask(renamed)).isInstanceOf(AuthorizationException.class);

    assertThatThrownBy(() -> taskService.setPriority(task.getId(), 1)).isInstanceOf(AuthorizationException.class);
  }

  @Test
  void groupMemberCannotTakeOverAColleaguesClaimedTask() {
    identityService.clearAuthentication();
    taskService.claim(theTask().getId(), "sally");

    as("sam", Groups.SALES);
    Task task = theTask();
    assertThat(task).as("assigned tasks of the group stay visible").isNotNull();
    assertThatThrownBy(() -> taskService.setAssignee(task.getId(), "sam"))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void membersOfOtherGroupsDoNotSeeTheTask() {
    for (String group : List.of(Groups.WAREHOUSE, Groups.FINANCE, Groups.AUDITORS, Groups.PROCESS_OWNERS)) {
      as("someone", group);
      assertThat(theTask()).as(group).isNull();
      String taskId = engineTaskId();
      as("someone", group);
      assertThatThrownBy(() -> taskService.complete(taskId)).as(group)
          .isInstanceOf(AuthorizationException.class);
    }
  }

  private String engineTaskId() {
    identityService.clearAuthentication();
    return theTask().getId();
  }
}
