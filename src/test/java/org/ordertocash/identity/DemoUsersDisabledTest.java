package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Production-like: ordertocash.demo.enabled=false - groups and admin, no demo user. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "ordertocash.demo.enabled=false")
@ActiveProfiles("test")
class DemoUsersDisabledTest {

  @Autowired
  IdentityService identityService;

  @Autowired
  ApplicationContext context;

  @Test
  void noDemoUsers() {
    assertThat(context.getBeansOfType(DemoUsers.class)).isEmpty();
    for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
      assertThat(identityService.createUserQuery().userId(demo.id()).count()).as(demo.id()).isZero();
    }
    assertThat(identityService.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
    for (String group : IdentitySetup.GROUPS.keySet()) {
      assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isOne();
    }
  }
}
