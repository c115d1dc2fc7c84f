package org.ordertocash.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who a process step acts for: the user whose action ran it, or "system" for jobs and timers. */
public final class Actor {

  public static final String SYSTEM = "system";

  private Actor() {}

  /**
   * Who a step after a save point acts for: the user the model recorded when that person's task
   * completed (a job runs without a signed-in user), or "system" when nobody's action led there.
   */
  public static String orSystem(String recordedUser) {
    return recordedUser != null && !recordedUser.isBlank() ? recordedUser : SYSTEM;
  }

  public static String current(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null
        ? authentication.getUserId()
        : SYSTEM;
  }
}
