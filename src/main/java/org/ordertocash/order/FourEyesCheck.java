package org.ordertocash.order;

import java.util.concurrent.Callable;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task listener on the sales manager's "Review order" task (events {@code create},
 * {@code assignment} and {@code complete}).
 *
 * <ul>
 *   <li>On {@code create} the task is revoked from the user who entered the order, so that user
 *       never sees it (see {@link #hideFromEntrant}). The checks below remain for callers that
 *       bypass authorization (administrators, the plain engine in tests).
 *   <li>Four-eyes rule: the user who entered the order (process variable {@code enteredBy}) may
 *       neither be assigned the review nor complete it. On {@code assignment} the acting user is
 *       the new assignee; on {@code complete} it is the authenticated user (falling back to the
 *       assignee when the engine is called without authentication).
 *   <li>A rejection needs a comment: completing with {@code reviewDecision = reject} and a blank
 *       {@code reviewComment} is refused.
 * </ul>
 *
 * <p>Refusals are thrown as {@link FormFieldValidationException}: that is the type Camunda's REST
 * API ({@code TaskResourceImpl.complete/submit}) answers with 400 instead of 500. Note that the
 * engine wraps every exception thrown by a task listener into a plain {@code ProcessEngineException}
 * ("ENGINE-03051 There was an exception while invoking the TaskListener. Message: '...'") before
 * it reaches the caller, so callers must look at the cause (see {@link #isRefusal(Throwable)}).
 *
 * <p>Deliberately free of Spring beyond {@code @Component}, so plain engine tests can register it
 * with {@code Mocks.register("fourEyesCheck", new FourEyesCheck())}.
 */
@Component("fourEyesCheck")
public class FourEyesCheck implements TaskListener {

  public static final String ENTERED_BY = "enteredBy";
  public static final String ORDER_NUMBER = "orderNumber";
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String REJECT = "reject";

  @Override
  public void notify(DelegateTask task) {
    String event = task.getEventName();
    if (EVENTNAME_CREATE.equals(event)) {
      hideFromEntrant(task);
    } else if (EVENTNAME_ASSIGNMENT.equals(event)) {
      checkFourEyes(task, task.getAssignee(), "be assigned the review of");
    } else if (EVENTNAME_COMPLETE.equals(event)) {
      checkFourEyes(task, actingUser(task), "approve");
      checkRejectionComment(task);
    }
  }

  /**
   * Revokes the task from the user who entered the order: a user-level REVOKE overrides the
   * grant the candidate group gets, so the entrant neither sees nor can work the task, in
   * Tasklist and through REST alike (403 instead of an error at completion). The engine deletes
   * task authorizations with the task. Runs without authorization checks because the user whose
   * action created the task (e.g. sales resubmitting) may not manage authorizations.
   */
  private void hideFromEntrant(DelegateTask task) {
    Object enteredBy = task.getVariable(ENTERED_BY);
    if (enteredBy == null) {
      return;
    }
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    Context.getCommandContext().runWithoutAuthorization((Callable<Void>) () -> {
      Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
      revoke.setUserId(enteredBy.toString());
      revoke.setResource(Resources.TASK);
      revoke.setResourceId(task.getId());
      revoke.removePermission(Permissions.READ);
      revoke.removePermission(TaskPermissions.TASK_WORK);
      revoke.removePermission(Permissions.UPDATE);
      authorizations.saveAuthorization(revoke);
      return null;
    });
  }

  /** True if the throwable or one of its causes is a refusal of this kind of check. */
  public static boolean isRefusal(Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (t instanceof FormFieldValidationException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private void checkFourEyes(DelegateTask task, String user, String action) {
    Object enteredBy = task.getVariable(ENTERED_BY);
    if (user != null && enteredBy != null && user.equals(enteredBy.toString())) {
      throw new FormFieldValidationException(
          "fourEyes",
          "Four-eyes rule: " + user + " entered order " + orderNumber(task) + " and cannot " + action
              + " it");
    }
  }

  private void checkRejectionComment(DelegateTask task) {
    Object decision = task.getVariable(REVIEW_DECISION);
    Object comment = task.getVariable(REVIEW_COMMENT);
    if (REJECT.equals(decision) && (comment == null || comment.toString().isBlank())) {
      throw new FormFieldValidationException(
          REVIEW_COMMENT, "A comment is required to reject order " + orderNumber(task));
    }
  }

  private static String actingUser(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }

  private static String orderNumber(DelegateTask task) {
    Object orderNumber = task.getVariable(ORDER_NUMBER);
    return orderNumber != null ? orderNumber.toString() : "(unknown)";
  }
}
