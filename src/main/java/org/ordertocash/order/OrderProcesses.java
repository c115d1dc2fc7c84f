package org.ordertocash.order;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.ordertocash.identity.AsSystem;
import org.springframework.stereotype.Component;

/** The order's side of its processes: start, cancel, and where it stands. */
@Component
public class OrderProcesses {

  public static final String PROCESS_KEY = OrderToCashProcess.KEY;
  public static final String CANCEL_MESSAGE = OrderToCashProcess.CANCEL_MESSAGE;

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final AsSystem asSystem;

  public OrderProcesses(RuntimeService runtimeService, TaskService taskService,
      HistoryService historyService, AsSystem asSystem) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
    this.asSystem = asSystem;
  }

  public void start(String orderNumber, String enteredBy) {
    asSystem.run(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, orderNumber,
        Map.of(OrderToCashProcess.ORDER_NUMBER.name(), orderNumber, OrderToCashProcess.ENTERED_BY.name(), enteredBy)));
  }

  public boolean isRunning(String orderNumber) {
    return asSystem.call(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(orderNumber).count() > 0);
  }

  /** Sends the cancellation message; the process records it and ends. */
  public void cancel(String orderNumber, String reason, String cancelledBy) {
    asSystem.run(() -> runtimeService.createMessageCorrelation(CANCEL_MESSAGE)
        .processInstanceBusinessKey(orderNumber)
        .setVariable(OrderToCashProcess.CANCEL_REASON.name(), reason)
        .setVariable(OrderToCashProcess.CANCELLED_BY.name(), cancelledBy)
        .correlate());
  }

  /** Names of the steps the order's processes are in now, innermost last; empty once ended. */
  public List<String> currentSteps(String orderNumber) {
    return asSystem.call(() -> {
      List<String> steps = new ArrayList<>();
      historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderNumber)
          .unfinished().orderByProcessInstanceStartTime().asc().list()
          .forEach(instance -> historyService.createHistoricActivityInstanceQuery()
              .processInstanceId(instance.getId()).unfinished()
              .orderByHistoricActivityInstanceStartTime().asc().list().stream()
              .filter(activity -> !"callActivity".equals(activity.getActivityType())
                  && !activity.getActivityType().toLowerCase().contains("subprocess"))
              .map(HistoricActivityInstance::getActivityName)
              .filter(name -> name != null && !steps.contains(name))
              .forEach(steps::add));
      return steps;
    });
  }

  public List<OpenTask> openTasks(String orderNumber) {
    return asSystem.call(() -> taskService.createTaskQuery().processInstanceBusinessKey(orderNumber)
        .initializeFormKeys().orderByTaskCreateTime().asc().list().stream()
        .map(task -> new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
            candidateGroups(task), task.getAssignee(), task.getCreateTime(), task.getDueDate()))
        .toList());
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  public record OpenTask(String id, String name, String taskDefinitionKey, List<String> candidateGroups,
      String assignee, Date created, Date due) {}
}
