package org.ordertocash.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls on behalf of the application rather than the signed-in user. The /api layer
 * checks who may do what (e.g. only sales may enter orders); the engine call that follows
 * (starting the order's process, correlating a cancellation) is then the application's own act,
 * so users need no engine rights to start or message processes directly via /engine-rest.
 */
@Component
public class AsSystem {

  private final IdentityService identityService;

  public AsSystem(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
