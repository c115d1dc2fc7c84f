package org.ordertocash.identity;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ordertocash.config.Labels;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * Four-eyes rule for a user task: the people who must not decide it neither see it nor can be
 * assigned or complete it. Register it on the task for the events {@code create},
 * {@code assignment} and {@code complete}.
 *
 * <p>Who is excluded: the task variable {@value #EXCLUDED} (user ids, comma separated; usually an
 * input parameter such as {@code ${quotationProposedBy},${approvedBy}}), with
 * {@value #EXCLUDED_BECAUSE} saying why; without it, the user who entered the order
 * ({@value #ENTERED_BY}).
 *
 * <ul>
 *   <li>On {@code create} the task is hidden from every excluded user ({@link TaskVisibility#hide}),
 *       so they never see it, in Tasklist and through REST alike, and are refused (403) when they
 *       name it by its id. The checks below remain for callers that bypass authorization
 *       (administrators, the plain engine in tests).
 *   <li>On {@code assignment} the new assignee, on {@code complete} the authenticated user (falling
 *       back to the assignee without authentication) must not be excluded.
 * </ul>
 *
 * <p>Refusals are {@link TaskRefusal}s. Free of Spring beyond {@code @Component}, so plain engine
 * tests can register it with {@code Mocks.register("fourEyesCheck", new FourEyesCheck())}.
 */
@Component("fourEyesCheck")
public class FourEyesCheck implements TaskListener {

  private final TaskRefusals refusals;

  public FourEyesCheck(TaskRefusals refusals) {
    this.refusals = refusals;
  }

  public static final String EXCLUDED = "fourEyesExcluded";
  public static final String EXCLUDED_BECAUSE = "fourEyesExcludedBecause";
  public static final String ENTERED_BY = "enteredBy";
  public static final String ORDER_NUMBER = "orderNumber";

  @Override
  public void notify(DelegateTask task) {
    String event = task.getEventName();
    if (EVENTNAME_CREATE.equals(event)) {
      TaskVisibility.hide(task, excluded(task));
    } else if (EVENTNAME_ASSIGNMENT.equals(event)) {
      check(task, task.getAssignee(), "ASSIGN");
    } else if (EVENTNAME_COMPLETE.equals(event)) {
      check(task, actingUser(task), "COMPLETE");
    }
  }

  /** The users who must not decide this task. */
  static List<String> excluded(DelegateTask task) {
    Object excluded = task.hasVariable(EXCLUDED) ? task.getVariable(EXCLUDED) : task.getVariable(ENTERED_BY);
    if (excluded == null) {
      return List.of();
    }
    return Arrays.stream(excluded.toString().split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
  }

  private void check(DelegateTask task, String user, String action) {
    if (user != null && excluded(task).contains(user)) {
      Labels labels = refusals.labels();
      throw refusals.of("fourEyes", "fourEyes", user, labels.code("FourEyes", because(task)),
          labels.code("FourEyesAction", action), task.getName(), subject(task, labels));
    }
  }

  /** "order SO-…", or the business key of a process not about an order (a credit-limit request). */
  private static String subject(DelegateTask task, Labels labels) {
    Object order = task.getVariable(ORDER_NUMBER);
    return order != null ? labels.text("refusal.fourEyes.order", order) : task.getExecution().getProcessBusinessKey();
  }

  private static String because(DelegateTask task) {
    if (!task.hasVariable(EXCLUDED)) {
      return "ENTERED_ORDER";
    }
    Object because = task.getVariable(EXCLUDED_BECAUSE);
    return because != null ? because.toString() : "TOOK_PART";
  }

  /** Who acts on the task: the authenticated user, else (no authentication) the assignee; may be null. */
  public static String actingUser(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }
}
