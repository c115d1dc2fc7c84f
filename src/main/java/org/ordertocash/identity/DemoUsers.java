package org.ordertocash.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ordertocash.config.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per group, password {@code demo}; only with {@code ordertocash.demo.enabled=true}
 * (default and dev profiles). Existing users are left alone, only their membership is ensured.
 * The {@code admin} user is created by the Camunda starter from {@code camunda.bpm.admin-user}.
 */
@Component
@Order(StartupOrder.DEMO_USERS)
@ConditionalOnProperty(name = "ordertocash.demo.enabled", havingValue = "true")
public class DemoUsers implements ApplicationRunner {

  public static final String PASSWORD = "demo";

  public record DemoUser(String id, String firstName, String lastName, String group) {
    public String email() {
      return id + "@order-to-cash.example";
    }
  }

  public static final List<DemoUser> USERS = List.of(
      new DemoUser("sally", "Sally", "Seller", Groups.SALES),
      new DemoUser("mike", "Mike", "Manager", Groups.SALES_MANAGERS),
      // A second sales manager: deep discounts need two managers, and neither may be the proposer.
      new DemoUser("nina", "Nina", "Navarro", Groups.SALES_MANAGERS),
      new DemoUser("fiona", "Fiona", "Finance", Groups.FINANCE),
      new DemoUser("larry", "Larry", "Lawyer", Groups.LEGAL),
      new DemoUser("walter", "Walter", "Warehouse", Groups.WAREHOUSE),
      new DemoUser("carol", "Carol", "Care", Groups.CUSTOMER_SERVICE),
      new DemoUser("paula", "Paula", "Owner", Groups.PROCESS_OWNERS),
      new DemoUser("audrey", "Audrey", "Auditor", Groups.AUDITORS));

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;

  public DemoUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.email());
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
      }
      if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
        identityService.createMembership(demo.id(), demo.group());
      }
    }
    log.warn("Demo users {} present (password '{}') - ordertocash.demo.enabled is on",
        USERS.stream().map(DemoUser::id).toList(), PASSWORD);
  }
}
