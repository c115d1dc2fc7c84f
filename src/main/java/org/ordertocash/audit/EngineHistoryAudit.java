package org.ordertocash.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts what the engine's history records on the audit trail as it happens, beside Camunda's own
 * history tables: process and activity instances, tasks (with who completed them and what they
 * entered, apart from what the system set), variables, decisions with inputs and matched rules,
 * incidents and operator actions. Variable updates wait for the next other event, so that values
 * a person entered through a form are recorded once, as the person's, on the task.
 */
class EngineHistoryAudit implements HistoryEventHandler {

  static final String UMBRELLA_PROCESS = "order-to-cash";

  private static final Set<String> WAIT_STATES = Set.of("userTask", "receiveTask", "callActivity", "subProcess",
      "eventBasedGateway", "intermediateMessageCatch", "intermediateTimer", "intermediateSignalCatch");

  private final AuditTrail trail;
  private final ApplicationEventPublisher events;
  private final ProcessSubject subjects;
  /** The engine always runs in a Spring transaction here; this is only for one that does not. */
  private final ThreadLocal<Held> outsideTransactions = ThreadLocal.withInitial(Held::new);

  EngineHistoryAudit(AuditTrail trail, ApplicationEventPublisher events, ProcessSubject subjects) {
    this.trail = trail;
    this.events = events;
    this.subjects = subjects;
  }

  @Override
  public void handleEvents(List<HistoryEvent> historyEvents) {
    historyEvents.forEach(this::handleEvent);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      held().variables.add(variable);
      if (!TransactionSynchronizationManager.isSynchronizationActive()) {
        releaseVariables();
      }
      return;
    }
    if (event instanceof HistoricFormPropertyEventEntity form) {
      entered(form);
      return;
    }
    releaseVariables();
    if (event instanceof HistoricProcessInstanceEventEntity process) {
      process(process);
    } else if (event instanceof HistoricTaskInstanceEventEntity task) {
      task(task);
    } else if (event instanceof HistoricActivityInstanceEventEntity activity) {
      activity(activity);
    } else if (event instanceof HistoricIdentityLinkLogEventEntity link) {
      candidates(link);
    } else if (event instanceof HistoricDecisionEvaluationEvent decision) {
      decision(decision.getRootHistoricDecisionInstance());
      decision.getRequiredHistoricDecisionInstances().forEach(this::decision);
    } else if (event instanceof HistoricIncidentEventEntity incident) {
      incident(incident);
    } else if (event instanceof UserOperationLogEntryEventEntity operation) {
      operation(operation);
    }
  }

  private void process(HistoricProcessInstanceEventEntity event) {
    String key = event.getProcessDefinitionKey();
    String order = event.getBusinessKey() != null ? subjects.orderOf(event.getProcessInstanceId()) : null;
    if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
      record(AuditEntry.of(AuditKind.PROCESS_STARTED, order, "Process " + key + " started")
          .with("businessKey", event.getBusinessKey())
          .with("processDefinitionId", event.getProcessDefinitionId())
          .with("calledBy", event.getSuperProcessInstanceId()), event, event.getStartActivityId());
    } else if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
      boolean deleted = HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(event.getState());
      String summary = deleted
          ? "Process " + key + " deleted from outside" + reason(event.getDeleteReason())
          : "Process " + key + " ended (" + event.getState().toLowerCase().replace('_', ' ') + ")";
      record(AuditEntry.of(AuditKind.PROCESS_ENDED, order, summary)
          .with("state", event.getState())
          .with("deleteReason", event.getDeleteReason()), event, event.getEndActivityId());
      if (deleted && UMBRELLA_PROCESS.equals(key) && order != null) {
        events.publishEvent(new OrderProcessDeleted(order, EngineActor.current(), event.getDeleteReason()));
      }
    }
  }

  private void activity(HistoricActivityInstanceEventEntity event) {
    String type = event.getActivityType();
    String name = label(event.getActivityName(), event.getActivityId());
    if (event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_START) && WAIT_STATES.contains(type)) {
      record(AuditEntry.of(AuditKind.ACTIVITY_STARTED, order(event), name + " started")
          .with("type", type), event, event.getActivityId());
    } else if (event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END)) {
      boolean message = type.contains("essage") && !type.contains("Throw") && !type.contains("EndEvent")
          || "receiveTask".equals(type);
      boolean canceled = event.getActivityInstanceState() == 2;
      AuditKind kind = message && !canceled ? AuditKind.MESSAGE_RECEIVED : AuditKind.ACTIVITY_ENDED;
      String summary = kind == AuditKind.MESSAGE_RECEIVED ? "Message received: " + name
          : name + (canceled ? " canceled" : " done");
      record(AuditEntry.of(kind, order(event), summary)
          .with("type", type)
          .with("startedAt", instant(event.getStartTime()))
          .with("endedAt", instant(event.getEndTime()))
          .with("canceled", canceled ? Boolean.TRUE : null)
          .with("calledProcessInstanceId", event.getCalledProcessInstanceId()), event, event.getActivityId());
    }
  }

  private void task(HistoricTaskInstanceEventEntity event) {
    String name = label(event.getName(), event.getTaskDefinitionKey());
    if (event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE)) {
      record(AuditEntry.of(AuditKind.TASK_CREATED, order(event), "Task " + name + " created")
          .with("taskId", event.getTaskId())
          .with("assignee", event.getAssignee())
          .with("due", instant(event.getDueDate()))
          .with("priority", event.getPriority()), event, event.getTaskDefinitionKey());
    } else if (isEnd(event) && "completed".equals(event.getDeleteReason())) {
      Map<String, Object> entered = held().entered.remove(event.getTaskId());
      AuditContext request = AuditContext.current();
      if (entered == null && request != null && !request.enteredVariables().isEmpty()) {
        entered = request.enteredVariables();
      }
      String by = EngineActor.current();
      record(AuditEntry.of(AuditKind.TASK_COMPLETED, order(event), "Task " + name + " completed by " + by)
          .by(by)
          .with("taskId", event.getTaskId())
          .with("assignee", event.getAssignee())
          .with("entered", entered == null ? Map.of() : entered), event, event.getTaskDefinitionKey());
    } else if (isEnd(event)) {
      record(AuditEntry.of(AuditKind.TASK_DELETED, order(event), "Task " + name + " ended without completion"
          + reason(event.getDeleteReason()))
          .with("taskId", event.getTaskId()), event, event.getTaskDefinitionKey());
    }
  }

  /**
   * The engine reports a task that ends without completion (its process deleted, a boundary
   * event) as "complete" too, with a delete reason other than "completed".
   */
  private static boolean isEnd(HistoricTaskInstanceEventEntity event) {
    return event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)
        || event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_DELETE);
  }

  private void candidates(HistoricIdentityLinkLogEventEntity event) {
    String processInstanceId = processOfTask(event.getTaskId());
    if (!"candidate".equals(event.getType()) || processInstanceId == null) {
      return;
    }
    String who = event.getGroupId() != null ? "group " + event.getGroupId() : "user " + event.getUserId();
    boolean added = "add".equals(event.getOperationType());
    record(AuditEntry.of(AuditKind.TASK_CANDIDATES, subjects.orderOf(processInstanceId),
            "Candidate " + who + (added ? " added" : " removed"))
        .with("taskId", event.getTaskId())
        .with("group", event.getGroupId())
        .with("user", event.getUserId())
        .with("operation", event.getOperationType())
        .in(processInstanceId, event.getProcessDefinitionKey(), null));
  }

  /** Identity link events name the task but not always its process instance. */
  private static String processOfTask(String taskId) {
    CommandContext command = Context.getCommandContext();
    if (taskId == null || command == null) {
      return null;
    }
    TaskEntity task = command.getTaskManager().findTaskById(taskId);
    return task == null ? null : task.getProcessInstanceId();
  }

  private void decision(HistoricDecisionInstanceEntity decision) {
    List<Map<String, Object>> inputs = new ArrayList<>();
    decision.getInputs().forEach(in -> inputs.add(pair(label(in.getClauseName(), in.getClauseId()), in.getValue())));
    List<Map<String, Object>> outputs = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    decision.getOutputs().forEach(out -> {
      Map<String, Object> output = pair(label(out.getClauseName(), out.getVariableName()), out.getValue());
      output.put("rule", out.getRuleId());
      outputs.add(output);
      if (!rules.contains(out.getRuleId())) {
        rules.add(out.getRuleId());
      }
    });
    String name = label(decision.getDecisionDefinitionName(), decision.getDecisionDefinitionKey());
    record(AuditEntry.of(AuditKind.DECISION_EVALUATED, subjects.orderOf(decision.getProcessInstanceId()),
            "Decision " + name + ": " + (rules.isEmpty() ? "no rule matched" : "rule " + String.join(", ", rules)))
        .with("decisionKey", decision.getDecisionDefinitionKey())
        .with("decisionDefinitionId", decision.getDecisionDefinitionId())
        .with("inputs", inputs)
        .with("matchedRules", rules)
        .with("outputs", outputs)
        .in(decision.getProcessInstanceId(), decision.getProcessDefinitionKey(), decision.getActivityId()));
  }

  private void incident(HistoricIncidentEventEntity event) {
    String activity = event.getFailedActivityId() != null ? event.getFailedActivityId() : event.getActivityId();
    if (event.isEventOfType(HistoryEventTypes.INCIDENT_CREATE)) {
      record(AuditEntry.of(AuditKind.INCIDENT_CREATED, order(event), "Incident at " + activity + ": "
              + shorten(event.getIncidentMessage(), 300))
          .by("system")
          .with("incidentType", event.getIncidentType())
          .with("message", event.getIncidentMessage()), event, activity);
    } else if (event.isEventOfType(HistoryEventTypes.INCIDENT_RESOLVE)
        || event.isEventOfType(HistoryEventTypes.INCIDENT_DELETE)) {
      boolean resolved = event.isEventOfType(HistoryEventTypes.INCIDENT_RESOLVE);
      record(AuditEntry.of(AuditKind.INCIDENT_RESOLVED, order(event), "Incident at " + activity
              + (resolved ? " resolved" : " closed with its job") + " by " + EngineActor.current())
          .by(EngineActor.current())
          .with("incidentType", event.getIncidentType()), event, activity);
    }
  }

  private void operation(UserOperationLogEntryEventEntity event) {
    if ("Task".equals(event.getEntityType()) && "Complete".equals(event.getOperationType())) {
      return; // the task's completion record names who completed it
    }
    String change = event.getProperty() == null ? ""
        : " " + event.getProperty() + " from " + event.getOrgValue() + " to " + event.getNewValue();
    record(AuditEntry.of(AuditKind.OPERATOR_ACTION, order(event),
            event.getOperationType() + " " + event.getEntityType() + change)
        .by(event.getUserId())
        .with("operationId", event.getOperationId())
        .with("operationType", event.getOperationType())
        .with("entityType", event.getEntityType())
        .with("property", event.getProperty())
        .with("from", event.getOrgValue())
        .with("to", event.getNewValue())
        .with("taskId", event.getTaskId())
        .with("jobId", event.getJobId())
        .with("deploymentId", event.getDeploymentId())
        .with("annotation", event.getAnnotation()), event, null);
  }

  private void entered(HistoricFormPropertyEventEntity form) {
    Held held = held();
    held.entered.computeIfAbsent(form.getTaskId(), id -> new LinkedHashMap<>())
        .put(form.getPropertyId(), form.getPropertyValue());
    // the update that put this value into the variable was the person's, recorded on the task
    held.variables.stream().filter(v -> v.getVariableName().equals(form.getPropertyId())).findFirst()
        .ifPresent(held.variables::remove);
  }

  private void releaseVariables() {
    Held held = held();
    if (held.variables.isEmpty()) {
      return;
    }
    AuditContext request = AuditContext.current();
    Map<String, Object> restEntered = request == null ? Map.of() : request.enteredVariables();
    for (HistoricVariableUpdateEventEntity variable : held.variables) {
      if (restEntered.containsKey(variable.getVariableName())) {
        continue; // entered by the person completing a task through the REST API
      }
      record(AuditEntry.of(AuditKind.VARIABLE_SET, order(variable), variable.getVariableName() + " set")
          .with("name", variable.getVariableName())
          .with("value", VariableText.of(variable))
          .with("type", variable.getSerializerName()), variable, null);
    }
    held.variables.clear();
  }

  private void record(AuditEntry entry, HistoryEvent event, String activityId) {
    trail.record(entry.in(event.getProcessInstanceId(), event.getProcessDefinitionKey(), activityId)
        .by(entry.actor() != null ? entry.actor() : EngineActor.current()));
  }

  private void record(AuditEntry entry) {
    trail.record(entry.actor() != null ? entry : entry.by(EngineActor.current()));
  }

  private String order(HistoryEvent event) {
    return subjects.orderOf(event.getProcessInstanceId());
  }


  private static Map<String, Object> pair(String name, Object value) {
    Map<String, Object> pair = new LinkedHashMap<>();
    pair.put("name", name);
    pair.put("value", VariableText.plain(value));
    return pair;
  }

  private static String label(String name, String fallback) {
    return name != null && !name.isBlank() ? name.replace('\n', ' ') : fallback;
  }

  private static String reason(String reason) {
    return reason == null || reason.isBlank() ? "" : ": " + reason;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String shorten(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
  }

  /** What waits within one transaction: variable updates and form values per task. */
  private Held held() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return outsideTransactions.get();
    }
    Object bound = TransactionSynchronizationManager.getResource(this);
    if (bound != null) {
      return (Held) bound;
    }
    Held held = new Held();
    TransactionSynchronizationManager.bindResource(this, held);
    TransactionSynchronizationManager.registerSynchronization(new HeldRelease(this));
    return held;
  }

  /** Before the audit trail's records join the chain, what is still held is recorded. */
  void releaseHeld() {
    releaseVariables();
  }

  static class Held {
    final List<HistoricVariableUpdateEventEntity> variables = new ArrayList<>();
    final Map<String, Map<String, Object>> entered = new LinkedHashMap<>();
  }
}
