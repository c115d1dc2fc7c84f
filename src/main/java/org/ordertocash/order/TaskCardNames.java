package org.ordertocash.order;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.ordertocash.config.Labels;
import org.ordertocash.config.Language;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Names every task so that a person can tell tasks apart in Tasklist's list: the task's name in
 * the company's language, then the order number, the customer and the order's amount —
 * "安排发货 · SO-2026-000123 · 华信贸易有限公司 · ¥12,345.00". Chinese names come from
 * {@code i18n/tasks_zh_CN.properties}, keyed by the model's name, so a name a process owner
 * changes in Modeler shows as written until it is translated. A task of a process not about an
 * order (a payment to allocate) shows its business key.
 */
@Component
class TaskCardNames extends AbstractProcessEnginePlugin {

  static final String SEPARATOR = " · ";
  private static final int NAME_COLUMN = 255;

  private final OrderToCashProperties properties;
  private final ObjectProvider<OrderRepository> orders;
  private final ObjectProvider<CustomerDirectory> customers;

  TaskCardNames(OrderToCashProperties properties, ObjectProvider<OrderRepository> orders,
      ObjectProvider<CustomerDirectory> customers) {
    this.properties = properties;
    this.orders = orders;
    this.customers = customers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        // added after the model's own listeners, so it sees a name they set (approval steps)
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, TaskCardNames.this::name);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  void name(DelegateTask task) {
    String title = title(task.getName());
    String facts = facts(task.getExecution().getProcessBusinessKey());
    String name = facts == null ? title : title + SEPARATOR + facts;
    task.setName(name.length() > NAME_COLUMN ? name.substring(0, NAME_COLUMN - 1) + "…" : name);
  }

  /** The model's name in the company's language. */
  String title(String modelName) {
    if (modelName == null || properties.language() != Language.ZH_CN) {
      return modelName;
    }
    try {
      return ResourceBundle.getBundle("i18n.tasks", properties.language().locale(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(modelName);
    } catch (MissingResourceException notTranslated) {
      return modelName;
    }
  }

  /** "SO-… · customer · amount" for an order, the key itself for anything else, null without one. */
  String facts(String businessKey) {
    if (businessKey == null || businessKey.isBlank()) {
      return null;
    }
    Optional<SalesOrder> order = orders.getObject().findByNumber(businessKey);
    if (order.isEmpty()) {
      return businessKey;
    }
    SalesOrder o = order.get();
    Labels labels = properties.labels();
    String customer = customers.getObject().find(o.getCustomerCode()).map(CustomerView::getName).orElse(o.getCustomerCode());
    return o.getNumber() + SEPARATOR + customer + SEPARATOR + labels.money(o.getTotalAmount(), o.getCurrency());
  }
}
