package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.ordertocash.support.WebappSession;

/** The webapps' "who is logged in?" answers 204 without a session (no failed request in the console), 200 with one. */
class NobodyLoggedInTest extends IdentityWebTestBase {

  @Test
  void withoutASessionTheAnswerIsNoContentNotNotFound() {
    HttpResponse<String> nobody = send("GET", "/camunda/api/admin/auth/user/" + engine.getName(), null, null, null);

    assertThat(nobody.statusCode()).isEqualTo(204);
    assertThat(nobody.body()).isEmpty();
  }

  @Test
  void aLoggedInUserIsStillNamed() {
    WebappSession session = WebappSession.logIn(port, engine.getName(), "sally", PASSWORD);

    HttpResponse<String> sally = session.get("/camunda/api/admin/auth/user/" + engine.getName());

    assertThat(sally.statusCode()).isEqualTo(200);
    assertThat(sally.body()).contains("\"userId\":\"sally\"");
  }

  @Test
  void otherNotFoundAnswersStayNotFound() {
    WebappSession session = WebappSession.logIn(port, engine.getName(), "sally", PASSWORD);

    assertThat(session.get("/camunda/api/engine/engine/" + engine.getName() + "/task/no-such-task").statusCode())
        .isEqualTo(404);
  }
}
