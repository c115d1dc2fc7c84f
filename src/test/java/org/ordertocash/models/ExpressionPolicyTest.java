package org.ordertocash.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordertocash.models.ModelBeans.Kind;

/** What expressions in deployed models may do (docs/adr/0002), on the syntax tree alone. */
class ExpressionPolicyTest {

  private static final Map<String, Kind> BEANS = Map.of(
      "reserveStockDelegate", Kind.DELEGATE,
      "fourEyesCheck", Kind.DELEGATE,
      "orderSummaries", Kind.EXPOSED,
      "contractSettings", Kind.EXPOSED,
      "jdbcTemplate", Kind.OTHER,
      "processEngine", Kind.OTHER);

  private final ExpressionPolicy policy = new ExpressionPolicy(name -> BEANS.getOrDefault(name, Kind.NONE));

  /** The kinds of expressions the application's own models use. */
  @ParameterizedTest
  @ValueSource(strings = {
      "${fourEyesCheck}",
      "${orderSummaries.markdown(orderNumber)}",
      "${contractSettings.signatureDeadline()}",
      "${dateTime().plusDays(2).toDate()}",
      "${approvalDecision == 'reject'}",
      "${signOffNeeded && riskLevel == 'HIGH'}",
      "${!stockShort}",
      "${execution.setVariable('shipmentOutcome', 'DELIVERED')}",
      "${execution.getVariable('fulfilment') == null ? 'none' : fulfilment}",
      "${decisionResult.getSingleResult().routing}",
      "${currentUser()}",
      "${shipmentNumbers.size() > 0 && order.total >= 1000}",
      "Order ${orderNumber} of ${execution.businessKey}",
      "${null}"
  })
  void allows(String expression) {
    assertThat(policy.problems(expression)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "${execution.getProcessEngineServices().getIdentityService()} | method getProcessEngineServices reaches into the JVM or the engine",
      "${execution.processEngineServices.identityService}           | property processEngineServices reaches into the JVM or the engine",
      "${execution.getProcessDefinition()}                          | execution.getProcessDefinition reaches into the engine",
      "${task.execution}                                            | task.execution reaches into the engine",
      "${execution['processEngineServices']}                        | property processEngineServices reaches into the JVM or the engine",
      "${execution[name]}                                           | a computed member (a[...]) may only be read from a value",
      "${jdbcTemplate.queryForList('select 1')}                     | names bean 'jdbcTemplate', which models may not use",
      "${processEngine}                                             | names bean 'processEngine', which models may not use",
      "${''.getClass().forName('java.lang.Runtime')}                | method getClass reaches into the JVM or the engine",
      "${orderNumber.class.classLoader}                             | property class reaches into the JVM or the engine",
      "${orderNumber.chars()}                                       | method chars may not be called on a value",
      "${orderSummaries.markdown(orderNumber).getBytes()}           | method getBytes may not be called on a value",
      "${reserveStockDelegate.execute(execution)}                   | a delegate is used whole",
      "${S(orderJson)}                                              | function S() is not one of",
      "${variableScope.getVariable('x')}                            | 'variableScope' reaches into the engine",
      "${dateTime().getClass()}                                     | method getClass reaches into the JVM or the engine",
      "${decisionResult.resultVariables}                            | decisionResult.resultVariables is not a way of reading",
      "${(execution).processEngine}                                 | property processEngine reaches into the JVM or the engine",
      "${a ? execution.processEngineServices : b}                   | property processEngineServices reaches into the JVM or the engine",
      "${unclosed                                                   | does not parse"
  })
  void refuses(String expression, String problem) {
    assertThat(policy.problems(expression)).anySatisfy(found -> assertThat(found).contains(problem));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "${reserveStockDelegate}    | ",
      "${orderSummaries}          | names bean 'orderSummaries', which is not a delegate or listener",
      "${jdbcTemplate}            | names bean 'jdbcTemplate', which is not a delegate or listener",
      "${reserveStockDelegat}     | names no bean: there is no bean 'reserveStockDelegat'",
      "${a.b}                     | a delegate expression must name one bean"
  })
  void delegateExpressionsNameOneApplicationDelegate(String expression, String problem) {
    if (problem == null) {
      assertThat(policy.delegateProblem(expression)).isNull();
    } else {
      assertThat(policy.delegateProblem(expression)).contains(problem);
    }
  }
}
