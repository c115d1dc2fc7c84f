package org.ordertocash.identity;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator lets someone who mistyped their password too often try again at once:
 * {@code DELETE /api/login-throttle/{user}} (see {@link LoginThrottle}).
 */
@RestController
@RequestMapping("/api/login-throttle")
public class LoginThrottleController {

  private final LoginThrottle throttle;
  private final CurrentUser currentUser;

  public LoginThrottleController(LoginThrottle throttle, CurrentUser currentUser) {
    this.throttle = throttle;
    this.currentUser = currentUser;
  }

  @DeleteMapping("/{user}")
  public ResponseEntity<Void> clear(@PathVariable String user) {
    currentUser.requireAnyGroup(Groups.ADMINS);
    throttle.clear(user);
    return ResponseEntity.noContent().build();
  }
}
