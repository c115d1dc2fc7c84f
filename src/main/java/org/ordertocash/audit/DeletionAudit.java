package org.ordertocash.audit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;

/**
 * The engine asks its command checkers before it deletes anything (history of a process, a
 * task, a variable, an operation log entry, a deployment, a process definition); this checker
 * refuses nothing and puts each such deletion on the audit trail, naming what goes and whose
 * order it was. It is a proxy of {@link CommandChecker} because only the delete checks matter
 * here and the interface has a hundred methods. The records roll back with a refused deletion.
 */
final class DeletionAudit implements InvocationHandler {

  private static final Set<String> RECORDED = Set.of("checkDeleteHistoricProcessInstance",
      "checkDeleteHistoricTaskInstance", "checkDeleteHistoricVariableInstance",
      "checkDeleteHistoricVariableInstancesByProcessInstance", "checkDeleteHistoricDecisionInstance",
      "checkDeleteUserOperationLog", "checkDeleteDeployment", "checkDeleteProcessDefinitionById",
      "checkDeleteProcessDefinitionByKey", "checkDeleteHistoricBatch");

  private final AuditTrail trail;

  private DeletionAudit(AuditTrail trail) {
    this.trail = trail;
  }

  static CommandChecker checker(AuditTrail trail) {
    return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
        new Class<?>[] {CommandChecker.class}, new DeletionAudit(trail));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    switch (method.getName()) {
      case "equals" -> { return proxy == args[0]; }
      case "hashCode" -> { return System.identityHashCode(proxy); }
      case "toString" -> { return "DeletionAudit"; }
      default -> {
        if (RECORDED.contains(method.getName()) && args != null && args.length == 1) {
          trail.record(entry(args[0]).by(EngineActor.current()).with("check", method.getName()));
        }
        return null;
      }
    }
  }

  private static AuditEntry entry(Object deleted) {
    if (deleted instanceof HistoricProcessInstance instance) {
      return AuditEntry.of(AuditKind.HISTORY_DELETED, instance.getBusinessKey(),
              "History of process " + instance.getProcessDefinitionKey() + " deleted (instance "
                  + instance.getId() + ", " + state(instance) + ")")
          .in(instance.getId(), instance.getProcessDefinitionKey(), null)
          .with("startedAt", instance.getStartTime())
          .with("endedAt", instance.getEndTime());
    }
    if (deleted instanceof HistoricTaskInstance task) {
      return AuditEntry.of(AuditKind.HISTORY_DELETED, null, "History of task " + task.getName() + " deleted")
          .in(task.getProcessInstanceId(), task.getProcessDefinitionKey(), task.getTaskDefinitionKey())
          .with("taskId", task.getId());
    }
    if (deleted instanceof HistoricVariableInstance variable) {
      return AuditEntry.of(AuditKind.HISTORY_DELETED, null,
              "History of variable " + variable.getName() + " deleted")
          .in(variable.getProcessInstanceId(), variable.getProcessDefinitionKey(), null);
    }
    if (deleted instanceof UserOperationLogEntry entry) {
      return AuditEntry.of(AuditKind.HISTORY_DELETED, null, "Operation log entry " + entry.getOperationType()
              + " " + entry.getEntityType() + " of " + entry.getUserId() + " deleted")
          .in(entry.getProcessInstanceId(), entry.getProcessDefinitionKey(), null)
          .with("entryId", entry.getId());
    }
    return AuditEntry.of(AuditKind.HISTORY_DELETED, null, "Deleted: " + describe(deleted));
  }

  private static String state(HistoricProcessInstance instance) {
    return instance.getState() == null ? "unknown state" : instance.getState().toLowerCase().replace('_', ' ');
  }

  private static String describe(Object deleted) {
    return deleted == null ? "(nothing named)" : deleted.toString();
  }

}
