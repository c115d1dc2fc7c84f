package org.ordertocash.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.UnaryTests;

/**
 * The DMN rules of docs/adr/0002: the tables build (as the engine will build them), and every
 * expression is FEEL without external (Java) functions. JUEL and scripts in tables could reach
 * the application's beans and the JVM.
 */
final class DmnRules {

  private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");

  List<ModelProblem> check(String resource, byte[] bytes) {
    List<ModelProblem> problems = new ArrayList<>();
    DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
    Definitions definitions = model.getDefinitions();
    languageRule(resource, definitions.getId(), definitions.getExpressionLanguage(), problems);
    for (InputExpression input : model.getModelElementsByType(InputExpression.class)) {
      expressionRules(resource, input, input.getExpressionLanguage(), input.getTextContent(), problems);
    }
    for (UnaryTests tests : model.getModelElementsByType(UnaryTests.class)) {
      expressionRules(resource, tests, tests.getExpressionLanguage(), tests.getTextContent(), problems);
    }
    for (LiteralExpression literal : model.getModelElementsByType(LiteralExpression.class)) {
      expressionRules(resource, literal, literal.getExpressionLanguage(), literal.getTextContent(), problems);
    }
    if (problems.isEmpty()) {
      buildRule(resource, bytes, problems);
    }
    return problems;
  }

  private static void expressionRules(String resource, DmnElement element, String language, String text,
      List<ModelProblem> problems) {
    String id = idOf(element);
    languageRule(resource, id, language, problems);
    if (text != null && EXTERNAL_FUNCTION.matcher(text).find()) {
      problems.add(new ModelProblem(resource, id, "FEEL external functions call Java code: process owners change the business, not code"));
    }
  }

  private static String idOf(DmnElement element) {
    if (element.getId() != null) {
      return element.getId();
    }
    return element.getParentElement() instanceof DmnElement parent ? parent.getId() : null;
  }

  private static void languageRule(String resource, String id, String language, List<ModelProblem> problems) {
    if (language != null && !language.isBlank() && !language.toLowerCase(Locale.ROOT).contains("feel")) {
      problems.add(new ModelProblem(resource, id,
          "expression language '" + language + "' is not allowed; tables use FEEL (JUEL and scripts can run code)"));
    }
  }

  private static void buildRule(String resource, byte[] bytes, List<ModelProblem> problems) {
    try {
      Engine.INSTANCE.parseDecisions(new ByteArrayInputStream(bytes));
    } catch (RuntimeException e) {
      problems.add(new ModelProblem(resource, null, "the decision does not build: " + e.getMessage()));
    }
  }

  /** A plain DMN engine, built once, to try building the tables before the engine stores them. */
  private static final class Engine {
    static final DmnEngine INSTANCE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  }
}
