package org.ordertocash.dunning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.ApiError;
import org.ordertocash.config.FormAmounts;
import org.ordertocash.config.TaskRefusals;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the dunning tasks (the forms ask the same; this holds for REST callers
 * too). The call needs an outcome: a promise with a date and amount that can be kept, a dispute
 * with the customer's reason, or neither; the caller becomes who recorded the promise or raised
 * the dispute. The dispute needs an outcome and a note; the write-off steps a decision, finance's
 * with a reason.
 */
@Component("dunningTaskCheck")
public class DunningTaskCheck implements TaskListener {

  static final Set<String> CALL_OUTCOMES =
      Set.of(DunningProcess.PROMISED, DunningProcess.DISPUTED_ON_CALL, DunningProcess.NO_PROMISE);
  static final Set<String> DISPUTE_OUTCOMES = Set.of(DunningProcess.UPHELD, DunningProcess.UNFOUNDED);
  static final Set<String> WRITE_OFF_DECISIONS = Set.of(DunningProcess.WRITE_OFF, DunningProcess.KEEP_OPEN);

  private final Promises promises;

  private final TaskRefusals refusals;

  public DunningTaskCheck(Promises promises, TaskRefusals refusals) {
    this.refusals = refusals;
    this.promises = promises;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case "Task_CallCustomer" -> checkCall(task);
      case "Task_ResolveDispute" -> {
        oneOf(task, "disputeOutcome", DISPUTE_OUTCOMES, "disputeOutcome");
        required(task, "disputeResolution", "disputeResolution");
      }
      case "Task_ApproveWriteOff" -> {
        String decision = oneOf(task, "writeOffDecision", WRITE_OFF_DECISIONS, "writeOffDecision");
        if (DunningProcess.WRITE_OFF.equals(decision)) {
          required(task, "writeOffReason", "writeOffReason");
        }
      }
      case "Task_ConfirmWriteOff" ->
          oneOf(task, "writeOffConfirmation", WRITE_OFF_DECISIONS, "writeOffConfirmation");
      default -> { }
    }
  }

  private void checkCall(DelegateTask task) {
    String outcome = oneOf(task, "callOutcome", CALL_OUTCOMES, "callOutcome");
    String caller = Actor.current(task.getProcessEngineServices().getIdentityService());
    if (DunningProcess.PROMISED.equals(outcome)) {
      List<ApiError.FieldError> problems = promises.problems(DunningProcess.INVOICE_NUMBER.require(task),
          date(task.getVariable("promisedBy")), FormAmounts.decimal(task.getVariable("promisedAmount")));
      if (!problems.isEmpty()) {
        throw refusals.passOn(problems.get(0).field(), "The promise " + problems.get(0).message());
      }
      task.getExecution().setVariable(DunningProcess.PROMISE_RECORDED_BY.name(), caller);
    } else if (DunningProcess.DISPUTED_ON_CALL.equals(outcome)) {
      String reason = required(task, "callNote", "callNote");
      task.getExecution().setVariable(DunningProcess.DISPUTE_REASON.name(), reason);
      task.getExecution().setVariable(DunningProcess.DISPUTE_RAISED_BY.name(), caller);
    }
  }

  private String oneOf(DelegateTask task, String field, Set<String> allowed, String key) {
    Object value = task.getVariable(field);
    if (value == null || !allowed.contains(value.toString())) {
      throw refusals.of(field, key);
    }
    return value.toString();
  }

  private String required(DelegateTask task, String field, String key) {
    Object value = task.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      throw refusals.of(field, key);
    }
    return value.toString().strip();
  }

  private static LocalDate date(Object value) {
    try {
      return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
