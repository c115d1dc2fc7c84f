package org.ordertocash.identity;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only /api endpoints for the security tests, until the real controllers exist.
 * {@code @TestComponent}: not picked up by component scanning, only where a test imports it.
 */
@TestComponent
@RestController
class IdentityTestController {

  private final CurrentUser currentUser;
  private final RepositoryService repositoryService;

  IdentityTestController(CurrentUser currentUser, RepositoryService repositoryService) {
    this.currentUser = currentUser;
    this.repositoryService = repositoryService;
  }

  @GetMapping("/api/test/identity/ping")
  Map<String, Object> ping() {
    return Map.of("user", currentUser.id(), "groups", currentUser.groups());
  }

  @GetMapping("/api/test/identity/finance-only")
  Map<String, Object> financeOnly() {
    currentUser.requireAnyGroup(Groups.FINANCE);
    return Map.of("ok", true);
  }

  /** Deploys as the current user: the engine checks CREATE on DEPLOYMENT. */
  @PostMapping("/api/test/identity/deploy")
  Map<String, Object> deploy() {
    String id = repositoryService.createDeployment().name("otc-security-api-test")
        .addModelInstance("api-test.bpmn", TestModels.userTaskProcess("otcSecurityApiTest")).deploy().getId();
    return Map.of("id", id);
  }
}
