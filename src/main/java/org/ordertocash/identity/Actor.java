package org.ordertocash.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who a process step acts for: the user whose action ran it, or "system" for jobs and timers. */
public final class Actor {

  public static final String SYSTEM = "system";

  private Actor() {}

  public static String current(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null
        ? authentication.getUserId()
        : SYSTEM;
  }
}
