package org.ordertocash.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import camundajar.impl.scala.collection.immutable.Map.Map1;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;

import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine, except that each expression text is parsed once: {@code ScalaFeelEngine}
 * parses every input and output entry again at each evaluation, which was a third of the CPU of a
 * dunning run (bench/results/dunning-2026-12-04-why-above-target.md). Evaluation is feel-scala's
 * own ({@code eval} of the parsed expression in the same context), so results do not change.
 * Parsed expressions are immutable; a table's texts are few, so the cache stays small.
 */
class CachingFeelEngine extends ScalaFeelEngine {

  private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  CachingFeelEngine() {
    super(List.of());
  }

  @Override
  public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
    ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
    @SuppressWarnings("unchecked")
    T value = (T) valueOf(feelEngine.eval(parsed, context(new ContextVariableWrapper(variables))));
    return value;
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
    ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
    VariableProvider input = new VariableProvider.StaticVariableProvider(new Map1<>(INPUT_VARIABLE_NAME, inputVariable));
    VariableProvider all = new VariableProvider.CompositeVariableProvider(
        toScalaList(input, new ContextVariableWrapper(variables)));
    return (Boolean) valueOf(feelEngine.eval(parsed, context(all)));
  }

  private static ParsedExpression parsed(Map<String, ParsedExpression> cache, String text,
      Function<String, Either<Failure, ParsedExpression>> parser) {
    ParsedExpression parsed = cache.get(text);
    if (parsed == null) {
      parsed = (ParsedExpression) valueOf(parser.apply(text));
      cache.put(text, parsed);
    }
    return parsed;
  }

  private static Object valueOf(Either<Failure, ?> result) {
    if (result instanceof Left<Failure, ?> failure) {
      throw LOGGER.evaluationException(failure.value().message());
    }
    return result.toOption().get();
  }

  private static CustomContext context(VariableProvider variables) {
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return variables;
      }
    };
  }
}
