package org.ordertocash.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Which order a process instance is about: its {@code orderNumber} variable where the process has
 * one (a complaint, a dunning run), else its business key (the order number for every process
 * started for an order). Remembered per instance; an instance's order never changes.
 */
final class ProcessSubject {

  private static final int REMEMBERED = 20_000;

  private final Map<String, String> orders = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > REMEMBERED;
    }
  };

  String orderOf(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    synchronized (orders) {
      String known = orders.get(processInstanceId);
      if (known != null) {
        return known;
      }
    }
    String found = lookUp(processInstanceId);
    if (found != null) {
      synchronized (orders) {
        orders.put(processInstanceId, found);
      }
    }
    return found;
  }

  private static String lookUp(String processInstanceId) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return null;
    }
    ExecutionEntity instance = command.getExecutionManager().findExecutionById(processInstanceId);
    if (instance != null) {
      Object orderNumber = instance.getVariable("orderNumber");
      return orderNumber instanceof String number && !number.isBlank() ? number : instance.getBusinessKey();
    }
    HistoricProcessInstanceEventEntity ended = command.getHistoricProcessInstanceManager()
        .findHistoricProcessInstance(processInstanceId);
    return ended == null ? null : ended.getBusinessKey();
  }
}
