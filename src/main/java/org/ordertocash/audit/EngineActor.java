package org.ordertocash.audit;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.ordertocash.identity.Actor;

/** Who the engine command being run acts for: its authenticated user, or "system" (jobs, AsSystem). */
final class EngineActor {

  private EngineActor() {}

  static String current() {
    CommandContext command = Context.getCommandContext();
    String user = command == null ? null : command.getAuthenticatedUserId();
    return user != null ? user : Actor.SYSTEM;
  }
}
