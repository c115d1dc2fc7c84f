package org.ordertocash.identity;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ordertocash.config.DomainException;
import org.springframework.stereotype.Component;

/**
 * The user of the current /api request. The authentication filter (see SecurityConfig) checks
 * HTTP Basic credentials against Camunda's identity service and puts the user and groups on
 * the engine's IdentityService for the duration of the request; this reads them back.
 */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new DomainException.Forbidden("No authenticated user");
    }
    return authentication.getUserId();
  }

  public List<String> groups() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getGroupIds() == null) {
      return List.of();
    }
    return authentication.getGroupIds();
  }

  public boolean inAnyGroup(String... groupIds) {
    List<String> mine = groups();
    return mine.contains(Groups.ADMINS) || Arrays.stream(groupIds).anyMatch(mine::contains);
  }

  /** Throws {@link DomainException.Forbidden} (HTTP 403) unless the user is in one of the groups. */
  public void requireAnyGroup(String... groupIds) {
    if (!inAnyGroup(groupIds)) {
      throw new DomainException.Forbidden(
          "User " + id() + " is not in any of the groups " + String.join(", ", groupIds));
    }
  }
}
