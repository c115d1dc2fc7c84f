package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo users in the test profile (ordertocash.demo.enabled=true, like default/dev). */
class DemoUsersTest extends IdentityWebTestBase {

  @Autowired
  DemoUsers demoUsers;

  @Test
  void everyDemoUserExistsInItsGroupWithPasswordDemo() throws Exception {
    demoUsers.run(null); // idempotent: a second run changes nothing and does not fail
    IdentityService identity = engine.getIdentityService();
    for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
      User user = identity.createUserQuery().userId(demo.id()).singleResult();
      assertThat(user).as(demo.id()).isNotNull();
      assertThat(user.getEmail()).isEqualTo(demo.id() + "@order-to-cash.example");
      assertThat(user.getFirstName()).isNotBlank();
      assertThat(user.getLastName()).isNotBlank();
      assertThat(identity.createGroupQuery().groupMember(demo.id()).list())
          .extracting(g -> g.getId()).containsExactly(demo.group());
      assertThat(identity.checkPassword(demo.id(), "demo")).as(demo.id()).isTrue();
    }
    assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMINS).list())
        .extracting(User::getId).containsExactly("admin");
  }

  @Test
  void groupsExistWithNamesAndTypes() {
    IdentityService identity = engine.getIdentityService();
    for (String staff : Groups.STAFF) {
      assertThat(identity.createGroupQuery().groupId(staff).singleResult().getType()).isEqualTo("WORKFLOW");
    }
    for (String system : new String[] {Groups.PROCESS_OWNERS, Groups.AUDITORS, Groups.ADMINS}) {
      assertThat(identity.createGroupQuery().groupId(system).singleResult().getType()).isEqualTo("SYSTEM");
    }
    assertThat(identity.createGroupQuery().groupId(Groups.SALES_MANAGERS).singleResult().getName())
        .isEqualTo("Sales managers");
  }
}
