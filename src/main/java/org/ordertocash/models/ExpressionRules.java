package org.ordertocash.models;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The members an expression may use on what it reaches (docs/adr/0002). One list for both
 * checks: {@link ExpressionPolicy} at deployment, on the syntax tree, and {@link ModelElGuard}
 * at run time, on the actual objects.
 */
final class ExpressionRules {

  /** On {@code execution}: variables and ids, nothing that leads into the engine. */
  static final Set<String> EXECUTION_MEMBERS = Set.of(
      "getVariable", "getVariableLocal", "hasVariable", "hasVariableLocal", "setVariable", "setVariableLocal",
      "businessKey", "getBusinessKey", "processBusinessKey", "getProcessBusinessKey",
      "processInstanceId", "getProcessInstanceId", "id", "getId", "currentActivityId", "getCurrentActivityId",
      "currentActivityName", "getCurrentActivityName", "activityInstanceId", "getActivityInstanceId",
      "eventName", "getEventName", "processDefinitionId", "getProcessDefinitionId", "tenantId", "getTenantId");

  /** On {@code task}: variables and the task's own data. */
  static final Set<String> TASK_MEMBERS = Set.of(
      "getVariable", "getVariableLocal", "hasVariable", "hasVariableLocal", "setVariable", "setVariableLocal",
      "id", "getId", "name", "getName", "assignee", "getAssignee", "owner", "getOwner", "eventName", "getEventName",
      "taskDefinitionKey", "getTaskDefinitionKey", "processInstanceId", "getProcessInstanceId",
      "executionId", "getExecutionId", "dueDate", "getDueDate", "followUpDate", "getFollowUpDate",
      "priority", "getPriority", "createTime", "getCreateTime", "description", "getDescription");

  /** On {@code decisionResult}: the ways of reading a decision's result. */
  static final Set<String> DECISION_RESULT_MEMBERS = Set.of(
      "getSingleResult", "getFirstResult", "getResultList", "getSingleEntry", "collectEntries",
      "singleResult", "firstResult", "resultList", "singleEntry", "size", "isEmpty", "get");

  /** On dates from {@code dateTime()} and {@code now()}: date arithmetic. */
  static final Pattern DATE_METHODS =
      Pattern.compile("(plus|minus|with)[A-Z]\\w*|toDate|isBefore|isAfter|isEqual|toString");

  /** Harmless methods on plain values (strings, numbers, lists, maps, JSON variables). */
  static final Set<String> VALUE_METHODS = Set.of(
      "size", "isEmpty", "contains", "containsKey", "get", "getOrDefault", "length", "equals", "startsWith",
      "endsWith", "toString", "toUpperCase", "toLowerCase", "trim", "compareTo", "prop", "hasProp",
      "stringValue", "numberValue", "boolValue", "isNull", "elements", "isString", "isNumber", "isBoolean",
      "getSingleEntry");

  /** Never allowed, whatever they are called on: the way into classes, class loaders and the engine. */
  static final Set<String> FORBIDDEN_MEMBERS = Set.of(
      "class", "getClass", "classLoader", "getClassLoader", "declaringClass", "getDeclaringClass",
      "forName", "newInstance", "invoke", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
      "getField", "getDeclaredField", "getConstructor", "exec", "runtime", "getRuntime",
      "processEngineServices", "getProcessEngineServices", "processEngine", "getProcessEngine",
      "processEngineConfiguration", "getProcessEngineConfiguration", "applicationContext", "getApplicationContext",
      "beanFactory", "getBeanFactory", "environment", "getEnvironment", "module", "getModule");

  /** Classes of the application: beans models may call (the bean map decides which are reachable). */
  static final String APPLICATION_PACKAGE = "org.ordertocash.";

  private ExpressionRules() {}
}
