package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each group may do through the engine REST API (engine authorizations, not our code). */
class GroupPermissionsTest extends IdentityWebTestBase {

  String processInstanceId;

  @BeforeEach
  void runningInstance() {
    processInstanceId = startTaskProcess().getId();
  }

  static Stream<Arguments> restCalls() {
    String message = "{\"messageName\":\"" + TestModels.MESSAGE + "\"}";
    return Stream.of(
        // user, method, path below /engine-rest/engine/<name>, JSON body, expected status
        Arguments.of("sally", "GET", "/task", null, 200),
        Arguments.of("sally", "GET", "/process-definition", null, 200),
        Arguments.of("sally", "DELETE", "/process-instance/{pi}", null, 403),
        Arguments.of("sally", "POST", "/message", message, 403),
        Arguments.of("sally", "GET", "/authorization/check?permissionName=ACCESS&resourceName=application&resourceType=0&resourceId=cockpit", null, 200),
        Arguments.of("walter", "POST", "/process-instance/{pi}/modification",
            "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"reviewOrder\"}]}", 403),
        Arguments.of("paula", "GET", "/deployment", null, 200),
        Arguments.of("paula", "GET", "/decision-definition", null, 200),
        Arguments.of("paula", "DELETE", "/process-instance/{pi}", null, 403),
        Arguments.of("audrey", "GET", "/history/process-instance", null, 200),
        Arguments.of("audrey", "GET", "/history/task", null, 200),
        Arguments.of("audrey", "GET", "/process-instance/{pi}", null, 200),
        Arguments.of("audrey", "GET", "/history/user-operation", null, 200),
        Arguments.of("audrey", "DELETE", "/process-instance/{pi}", null, 403),
        Arguments.of("audrey", "POST", "/message", message, 403),
        Arguments.of("audrey", "POST", "/process-instance/{pi}/variables",
            "{\"modifications\":{\"x\":{\"value\":1,\"type\":\"Integer\"}}}", 403),
        Arguments.of("audrey", "POST", "/filter/create", "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{}}", 403),
        Arguments.of("carol", "GET", "/user", null, 200),
        Arguments.of("admin", "DELETE", "/process-instance/{pi}", null, 204));
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {4}")
  @MethodSource("restCalls")
  void restCall(String user, String method, String path, String body, int expectedStatus) {
    HttpResponse<String> response = send(method, rest(path.replace("{pi}", processInstanceId)), user, PASSWORD, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
  }

  @Test
  void onlyProcessOwnersAndAdminsDeploy() throws java.io.IOException {
    String bpmn = Bpmn.convertToString(TestModels.userTaskProcess("otcSecurityRestDeployed"));
    assertThat(deployViaRest("sally", bpmn).statusCode()).isEqualTo(403);
    assertThat(deployViaRest("audrey", bpmn).statusCode()).isEqualTo(403);
    HttpResponse<String> admin = deployViaRest("admin", bpmn);
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    assertThat(admin.body()).contains("otcSecurityRestDeployed");
    // A process owner changes processes the application has; a new one comes with a release.
    assertThat(deployViaRest("paula", bpmn.replace("otcSecurityRestDeployed", "otcSecurityOwnersOwn")).statusCode())
        .isEqualTo(400);
    HttpResponse<String> paula = deployViaRest("paula", java.nio.file.Files.readString(java.nio.file.Path.of("bpmn/order-review.bpmn")));
    assertThat(paula.statusCode()).as(paula.body()).isEqualTo(200);
  }

  @Test
  void auditorsSeeHistoryButStaffSeesNoInstances() {
    assertThat(get(rest("/history/process-instance?processInstanceId=" + processInstanceId), "audrey").body())
        .contains(processInstanceId);
    // sally has READ on definitions, not READ_HISTORY: history of instances stays hidden.
    assertThat(get(rest("/history/process-instance?processInstanceId=" + processInstanceId), "sally").body())
        .isEqualTo("[]");
  }

  @Test
  void tasksAreVisibleToTheCandidateGroupOnly() {
    String query = "/task?processInstanceId=" + processInstanceId;
    assertThat(get(rest(query), "sally").body()).contains("Review order");
    assertThat(get(rest(query), "walter").body()).isEqualTo("[]");
    assertThat(get(rest(query), "audrey").body()).isEqualTo("[]");
  }

  @Test
  void webappAccessPerGroup() {
    assertThat(canAccess("sally", "tasklist")).isTrue();
    assertThat(canAccess("sally", "cockpit")).isFalse();
    assertThat(canAccess("paula", "cockpit")).isTrue();
    assertThat(canAccess("paula", "tasklist")).isTrue();
    assertThat(canAccess("audrey", "cockpit")).isTrue();
    assertThat(canAccess("audrey", "admin")).isFalse();
    assertThat(canAccess("admin", "admin")).isTrue();
  }

  private boolean canAccess(String user, String application) {
    HttpResponse<String> check = get(rest("/authorization/check?permissionName=ACCESS&resourceName=application"
        + "&resourceType=0&resourceId=" + application), user);
    assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
    return check.body().contains("\"authorized\":true");
  }
}
