package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.OrderDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The task write guard's parts: what it reads from Camunda's commands (this fails if a Camunda
 * version renamed their fields), which variables a form submits, and comments only by those who
 * may work the task.
 */
@AppTest
class TaskWriteGuardTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;

  @Test
  void readsTheVariablesEveryTaskCommandWrites() {
    Map<String, Object> variables = Map.of("approvalDecision", "approve", "approvedBy", "nobody");

    assertThat(TaskWrite.of(new CompleteTaskCmd("t1", variables)))
        .satisfies(write -> assertThat(write.taskId()).isEqualTo("t1"))
        .satisfies(write -> assertThat(write.variablesSet()).containsExactlyInAnyOrder("approvalDecision", "approvedBy"));
    assertThat(TaskWrite.of(new ResolveTaskCmd("t2", variables)).variablesSet()).contains("approvedBy");
    assertThat(TaskWrite.of(new SubmitTaskFormCmd("t3", variables, false, false)).variablesSet()).contains("approvedBy");
    assertThat(TaskWrite.of(new SetTaskVariablesCmd("t4", Map.of("x", 1), true)))
        .satisfies(write -> assertThat(write.taskId()).isEqualTo("t4"))
        .satisfies(write -> assertThat(write.variablesSet()).containsExactly("x"));
    assertThat(TaskWrite.of(new PatchTaskVariablesCmd("t5", Map.of("x", 1), List.of("y"), false)))
        .satisfies(write -> assertThat(write.variablesSet()).containsExactly("x"))
        .satisfies(write -> assertThat(write.variablesRemoved()).containsExactly("y"));
    assertThat(TaskWrite.of(new RemoveTaskVariablesCmd("t6", List.of("z"), false)).variablesRemoved()).containsExactly("z");
    assertThat(TaskWrite.of(new HandleTaskBpmnErrorCmd("t7", "E", "m", Map.of("route", "x"))).variablesSet())
        .containsExactly("route");
    assertThat(TaskWrite.of(new AddCommentCmd("t8", null, "hello")))
        .satisfies(write -> assertThat(write.isComment()).isTrue())
        .satisfies(write -> assertThat(write.taskId()).isEqualTo("t8"));
  }

  @Test
  void aFormSubmitsTheKeysOfItsInputsAndThePathsOfItsLists() throws Exception {
    String form = """
        {"components": [
          {"type": "text", "text": "# Heading", "key": "ignored"},
          {"type": "radio", "key": "approvalDecision"},
          {"type": "textfield", "key": "address.street"},
          {"type": "dynamiclist", "path": "quotationLines", "components": [{"type": "number", "key": "unitPrice"}]},
          {"type": "group", "components": [{"type": "textarea", "key": "approvalComment"}]}
        ]}""";
    Set<String> names = new LinkedHashSet<>();

    TaskFormInputs.collect(new ObjectMapper().readTree(form).path("components"), names);

    assertThat(names).containsExactly("approvalDecision", "address", "quotationLines", "approvalComment");
  }

  @Test
  void onlyThoseWhoMayWorkATaskCommentOnIt() {
    OrderDesk desk = new OrderDesk(rest, tasks);
    Task review = desk.awaitTask(desk.enter("sally", "C-1004", "[{\"sku\": \"P-100\", \"quantity\": 1}]"), "Task_ReviewOrder");

    ResponseEntity<String> audrey = comment("audrey", review.getId());
    assertThat(audrey.getStatusCode().value()).isEqualTo(403);
    assertThat(audrey.getBody()).as("a task outside her groups is not hers to read").contains("'READ' permission", "'Task'");
    assertThat(comment("fiona", review.getId()).getStatusCode().value()).as("a task fiona cannot see").isIn(400, 403, 404);
    assertThat(tasks.getTaskComments(review.getId())).isEmpty();

    // Camunda's REST comment resource finds the task through its history, which staff may not
    // read; the engine's own API is what the guard decides on.
    engine.getIdentityService().setAuthentication("mike", List.of(Groups.SALES_MANAGERS));
    try {
      tasks.createComment(review.getId(), null, "Looked at it");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(tasks.getTaskComments(review.getId())).singleElement()
        .satisfies(comment -> assertThat(comment.getUserId()).isEqualTo("mike"));
  }

  private ResponseEntity<String> comment(String user, String taskId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange("/engine-rest/engine/" + engine.getName() + "/task/" + taskId + "/comment/create",
        HttpMethod.POST, new HttpEntity<>("{\"message\": \"Looked at it\"}", headers), String.class);
  }
}
