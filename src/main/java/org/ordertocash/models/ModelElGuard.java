package org.ordertocash.models;

import static org.ordertocash.models.ExpressionRules.APPLICATION_PACKAGE;
import static org.ordertocash.models.ExpressionRules.DATE_METHODS;
import static org.ordertocash.models.ExpressionRules.DECISION_RESULT_MEMBERS;
import static org.ordertocash.models.ExpressionRules.EXECUTION_MEMBERS;
import static org.ordertocash.models.ExpressionRules.FORBIDDEN_MEMBERS;
import static org.ordertocash.models.ExpressionRules.TASK_MEMBERS;
import static org.ordertocash.models.ExpressionRules.VALUE_METHODS;

import java.beans.FeatureDescriptor;
import java.time.temporal.Temporal;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.joda.time.ReadableInstant;

/**
 * The run-time half of docs/adr/0002: the first resolver of every expression the engine
 * evaluates. It resolves nothing itself; it refuses a property or method an expression may not
 * use on the object it has reached, so even a model deployed before the policy (or past it)
 * cannot reach the engine, classes or the JVM. The same rules as {@link ExpressionPolicy}.
 */
final class ModelElGuard extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    check(base, property, false);
    return null;
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    check(base, method, true);
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    check(base, property, false);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    check(base, property, false);
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    check(base, property, false);
    return false;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return Collections.emptyIterator();
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }

  /** Throws if the member may not be used on the base; a top-level name (base null) is the bean map's matter. */
  static void check(Object base, Object member, boolean call) {
    if (base == null || member == null) {
      return;
    }
    String name = member.toString();
    String problem = problem(base, name, call);
    if (problem != null) {
      throw new ELException("Not allowed in a model: " + (call ? "method " : "property ") + name + " on "
          + base.getClass().getSimpleName() + " (" + problem + ")");
    }
  }

  private static String problem(Object base, String name, boolean call) {
    if (FORBIDDEN_MEMBERS.contains(name)) {
      return "it reaches into the JVM or the engine";
    }
    if (base instanceof DelegateExecution) {
      return EXECUTION_MEMBERS.contains(name) ? null : "on an execution only variables and ids";
    }
    if (base instanceof DelegateTask) {
      return TASK_MEMBERS.contains(name) ? null : "on a task only variables and the task's own data";
    }
    if (base instanceof DmnDecisionResult) {
      return DECISION_RESULT_MEMBERS.contains(name) ? null : "not a way of reading a decision's result";
    }
    if (base instanceof ReadableInstant || base instanceof Date || base instanceof Temporal) {
      return !call || DATE_METHODS.matcher(name).matches() ? null : "only date calculations on a date";
    }
    String type = base.getClass().getName();
    if (type.startsWith(APPLICATION_PACKAGE)) {
      return null;
    }
    if (type.startsWith("java.lang.reflect.") || type.startsWith("org.camunda.bpm.engine.")
        || type.startsWith("org.springframework.") || base instanceof Class<?> || base instanceof ClassLoader) {
      return "models may not use " + type;
    }
    return !call || VALUE_METHODS.contains(name) ? null : "only reading methods such as size() on a value";
  }
}
