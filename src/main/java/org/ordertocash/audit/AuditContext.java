package org.ordertocash.audit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP request being served on this thread: its id, who sent it, the variables a person
 * entered when completing a task through the REST API, and which orders its records touched
 * (so the request's own record can name them). Jobs and timers run without one.
 */
public final class AuditContext {

  private static final ThreadLocal<AuditContext> CURRENT = new ThreadLocal<>();

  private final String requestId;
  private String user;
  private Map<String, Object> enteredVariables = Map.of();
  private final Set<String> ordersTouched = new LinkedHashSet<>();

  private AuditContext(String requestId) {
    this.requestId = requestId;
  }

  static AuditContext begin(String requestId) {
    AuditContext context = new AuditContext(requestId);
    CURRENT.set(context);
    return context;
  }

  static void end() {
    CURRENT.remove();
  }

  /** The request on this thread, or null for jobs, timers and start-up. */
  static AuditContext current() {
    return CURRENT.get();
  }

  String requestId() { return requestId; }
  String user() { return user; }
  void user(String user) { this.user = user; }
  Map<String, Object> enteredVariables() { return enteredVariables; }
  void enteredVariables(Map<String, Object> variables) { this.enteredVariables = variables; }
  Set<String> ordersTouched() { return ordersTouched; }
}
