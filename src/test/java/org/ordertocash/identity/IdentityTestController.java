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

  /**
   * Deploys, as the current user, a version of a process the application has (a process owner may
   * not add new processes): the engine checks CREATE on DEPLOYMENT.
   */
  @PostMapping("/api/test/identity/deploy")
  Map<String, Object> deploy() throws java.io.IOException {
    String id = repositoryService.createDeployment().name("otc-security-api-test")
        .addInputStream("order-review.bpmn", java.nio.file.Files.newInputStream(java.nio.file.Path.of("bpmn/order-review.bpmn")))
        .deploy().getId();
    return Map.of("id", id);
  }
}
