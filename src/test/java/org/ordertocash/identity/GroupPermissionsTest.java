package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each group may do through the engine REST API (engine authorizations, not our code). */
class GroupPermissionsTest extends IdentityWebTestBase {

  /** A user in no group: signed in, but granted nothing. */
  static final String NO_GROUP = "gus";

  String processInstanceId;

  @BeforeEach
  void runningInstance() {
    processInstanceId = startTaskProcess().getId();
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(NO_GROUP).count() == 0) {
      User user = identity.newUser(NO_GROUP);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
  }

  static Stream<Arguments> restCalls() {
    String message = "{\"messageName\":\"" + TestModels.MESSAGE + "\"}";
    return Stream.of(
        // user, method, path below /engine-rest/engine/<name>, JSON body, expected status
        Arguments.of("sally", "DELETE", "/process-instance/{pi}", null, 403),
        Arguments.of("sally", "POST", "/message", message, 403),
        Arguments.of("walter", "POST", "/process-instance/{pi}/modification",
            "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"reviewOrder\"}]}", 403),
        Arguments.of("paula", "DELETE", "/process-instance/{pi}", null, 403),
        Arguments.of("audrey", "DELETE", "/process-instance/{pi}", null, 403),
        Arguments.of("audrey", "POST", "/message", message, 403),
        Arguments.of("audrey", "POST", "/process-instance/{pi}/variables",
            "{\"modifications\":{\"x\":{\"value\":1,\"type\":\"Integer\"}}}", 403),
        Arguments.of("audrey", "POST", "/filter/create", "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{}}", 403),
        Arguments.of("admin", "DELETE", "/process-instance/{pi}", null, 204));
  }

  /**
   * Reading is where Camunda answers 200 either way - with a list filtered to what the user may
   * see - so each row names what the user must find and someone else who must not find it.
   */
  static Stream<Arguments> reads() {
    return Stream.of(
        // user, path below /engine-rest/engine/<name>, what they see, who does not see it
        Arguments.of("sally", "/task?processInstanceId={pi}", "{pi}", "walter"),
        Arguments.of("sally", "/process-definition?key=" + TestModels.TASK_PROCESS, TestModels.TASK_PROCESS, NO_GROUP),
        Arguments.of("paula", "/deployment?name=otc-security-test-models", "otc-security-test-models", "sally"),
        Arguments.of("paula", "/decision-definition?key=discount-authority", "discount-authority", "sally"),
        Arguments.of("audrey", "/history/process-instance?processInstanceId={pi}", "{pi}", "sally"),
        Arguments.of("audrey", "/history/task?processInstanceId={pi}", "{pi}", "sally"),
        Arguments.of("audrey", "/process-instance/{pi}", "{pi}", "sally"),
        Arguments.of("audrey", "/history/user-operation?processInstanceId={pi}", "{pi}", "sally"));
  }

  @ParameterizedTest(name = "{0} reads {1}, {3} does not")
  @MethodSource("reads")
  void read(String user, String path, String marker, String other) {
    // an operation on the instance, for the operation log
    assertThat(post(rest("/process-instance/" + processInstanceId + "/variables"), "admin",
        "{\"modifications\":{\"note\":{\"value\":\"x\",\"type\":\"String\"}}}").statusCode()).isEqualTo(204);
    String url = rest(path.replace("{pi}", processInstanceId));
    String expected = marker.replace("{pi}", processInstanceId);

    HttpResponse<String> mine = get(url, user);
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    assertThat(mine.body()).contains(expected);

    HttpResponse<String> theirs = get(url, other);
    // Camunda answers a single resource one may not read with 403 or as if it did not exist (404)
    assertThat(theirs.statusCode() == 403 || theirs.statusCode() == 404
        || theirs.statusCode() == 200 && !theirs.body().contains(expected))
        .as(other + ": " + theirs.statusCode() + " " + theirs.body()).isTrue();
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
    assertThat(get(rest(query), "sally").body()).contains("审核订单");
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
