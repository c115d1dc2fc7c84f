package org.ordertocash.models;

import static org.ordertocash.models.ExpressionRules.DATE_METHODS;
import static org.ordertocash.models.ExpressionRules.DECISION_RESULT_MEMBERS;
import static org.ordertocash.models.ExpressionRules.EXECUTION_MEMBERS;
import static org.ordertocash.models.ExpressionRules.FORBIDDEN_MEMBERS;
import static org.ordertocash.models.ExpressionRules.TASK_MEMBERS;
import static org.ordertocash.models.ExpressionRules.VALUE_METHODS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.ordertocash.models.ModelBeans.Kind;

/**
 * What a JUEL expression in a deployed model may do (docs/adr/0002): read variables, compare and
 * compute with them, call the application's model beans, and use a few engine helpers. It may
 * not reach the engine, the JVM or any other bean. The check walks the expression's syntax tree;
 * everything not allowed below is refused.
 */
final class ExpressionPolicy {

  /** What a part of an expression stands for, which decides what may be done with it. */
  private enum Subject { EXECUTION, TASK, DECISION_RESULT, DATE, EXPOSED_BEAN, DELEGATE, VALUE }

  private static final Set<String> ENGINE_ROOTS_NOT_ALLOWED = Set.of("variableScope", "externalTask", "caseExecution");
  private static final Set<String> FUNCTIONS_RETURNING_DATES = Set.of("dateTime", "now");
  private static final Set<String> FUNCTIONS_RETURNING_VALUES = Set.of("currentUser", "currentUserGroups");

  private final Function<String, Kind> beans;

  /** @param beans what a name is among the application's beans ({@link ModelBeans#kindOf}) */
  ExpressionPolicy(Function<String, Kind> beans) {
    this.beans = beans;
  }

  /** Why the expression may not be deployed; empty if it may. */
  List<String> problems(String expression) {
    List<String> problems = new ArrayList<>();
    try {
      Node root = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(expression).getRoot();
      walk(root, problems);
    } catch (TreeBuilderException e) {
      problems.add("expression " + expression + " does not parse: " + e.getMessage());
    }
    return problems.stream().distinct().map(problem -> problem + " in " + expression).toList();
  }

  /**
   * A delegate or listener expression must be exactly one application delegate bean,
   * e.g. {@code ${reserveStockDelegate}}; answers why not, or null.
   */
  String delegateProblem(String expression) {
    String trimmed = expression.trim();
    if (!trimmed.matches("[$#]\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}")) {
      return "a delegate expression must name one bean, like ${reserveStockDelegate}, not " + expression;
    }
    String name = trimmed.substring(2, trimmed.length() - 1).trim();
    return switch (beans.apply(name)) {
      case DELEGATE -> null;
      case NONE -> "names no bean: there is no bean '" + name + "' in the application";
      case EXPOSED, OTHER -> "names bean '" + name + "', which is not a delegate or listener of the application";
    };
  }

  private Subject walk(Node node, List<String> problems) {
    if (node instanceof AstIdentifier identifier) {
      return identifier(identifier.getName(), problems);
    }
    if (node instanceof AstMethod method) {
      walkChildren(method.getChild(1), problems);
      return property((AstProperty) method.getChild(0), true, problems);
    }
    if (node instanceof AstProperty property) {
      return property(property, false, problems);
    }
    if (node instanceof AstFunction function) {
      walkChildren(function, problems);
      return function(function.getName(), problems);
    }
    walkChildren(node, problems);
    return Subject.VALUE;
  }

  /** {@code a.name}, {@code a['name']} or {@code a[expression]}, read or called. */
  private Subject property(AstProperty property, boolean call, List<String> problems) {
    Subject subject = walk(property.getChild(0), problems);
    if (property instanceof AstDot dot) {
      String text = dot.toString();
      return member(subject, text.substring(text.lastIndexOf(' ') + 1), call, problems);
    }
    Node key = property.getChild(1);
    if (key instanceof AstString literal) {
      return member(subject, String.valueOf(literal.eval(null, null)), call, problems);
    }
    walk(key, problems);
    if (subject != Subject.VALUE) {
      problems.add("a computed member (a[...]) may only be read from a value");
    }
    return Subject.VALUE;
  }

  private void walkChildren(Node node, List<String> problems) {
    for (int i = 0; i < node.getCardinality(); i++) {
      walk(node.getChild(i), problems);
    }
  }

  private Subject identifier(String name, List<String> problems) {
    switch (name) {
      case "execution":
        return Subject.EXECUTION;
      case "task":
        return Subject.TASK;
      case "decisionResult":
        return Subject.DECISION_RESULT;
      default:
        break;
    }
    if (ENGINE_ROOTS_NOT_ALLOWED.contains(name)) {
      problems.add("'" + name + "' reaches into the engine");
      return Subject.VALUE;
    }
    return switch (beans.apply(name)) {
      case DELEGATE -> Subject.DELEGATE;
      case EXPOSED -> Subject.EXPOSED_BEAN;
      case OTHER -> {
        problems.add("names bean '" + name + "', which models may not use");
        yield Subject.VALUE;
      }
      case NONE -> Subject.VALUE;
    };
  }

  private Subject member(Subject subject, String name, boolean call, List<String> problems) {
    String what = (call ? "method " : "property ") + name;
    if (FORBIDDEN_MEMBERS.contains(name)) {
      problems.add(what + " reaches into the JVM or the engine");
      return Subject.VALUE;
    }
    switch (subject) {
      case EXECUTION -> allowIf(EXECUTION_MEMBERS.contains(name), "execution." + name + " reaches into the engine (only variables and ids)", problems);
      case TASK -> allowIf(TASK_MEMBERS.contains(name), "task." + name + " reaches into the engine (only variables and the task's own data)", problems);
      case DECISION_RESULT -> allowIf(DECISION_RESULT_MEMBERS.contains(name), "decisionResult." + name + " is not a way of reading a decision's result", problems);
      case DATE -> {
        allowIf(DATE_METHODS.matcher(name).matches(), what + " is not a date calculation", problems);
        return Subject.DATE;
      }
      case DELEGATE -> problems.add("a delegate is used whole, like ${name}; " + what + " may not be used");
      case EXPOSED_BEAN -> { }
      case VALUE -> allowIf(!call || VALUE_METHODS.contains(name), what + " may not be called on a value", problems);
      default -> { }
    }
    return Subject.VALUE;
  }

  private Subject function(String name, List<String> problems) {
    String plain = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
    if (FUNCTIONS_RETURNING_DATES.contains(name)) {
      return Subject.DATE;
    }
    if (!FUNCTIONS_RETURNING_VALUES.contains(name)) {
      problems.add("function " + plain + "() is not one of dateTime(), now(), currentUser(), currentUserGroups()");
    }
    return Subject.VALUE;
  }

  private static void allowIf(boolean allowed, String problem, List<String> problems) {
    if (!allowed) {
      problems.add(problem);
    }
  }
}
