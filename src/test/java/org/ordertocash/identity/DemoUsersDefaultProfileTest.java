package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** No profile at all, i.e. application-default.yml: demo users and admin/demo exist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1",
    "camunda.bpm.generate-unique-process-engine-name=true"})
class DemoUsersDefaultProfileTest {

  @Autowired
  IdentityService identityService;

  @Test
  void demoUsersAndAdminExist() {
    for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
      assertThat(identityService.checkPassword(demo.id(), "demo")).as(demo.id()).isTrue();
    }
    assertThat(identityService.checkPassword("admin", "demo")).isTrue();
  }
}
