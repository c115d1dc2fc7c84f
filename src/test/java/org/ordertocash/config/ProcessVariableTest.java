package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

class ProcessVariableTest {

  static final ProcessVariable<String> DECISION = ProcessVariable.of("reviewDecision", String.class);

  @Test
  void anUnsetVariableReadsAsNullAndIsRefusedWhereRequired() {
    VariableScope scope = mock(VariableScope.class);

    assertThat(DECISION.get(scope)).isNull();
    assertThat(DECISION.is(scope, "approve")).isFalse();
    assertThatThrownBy(() -> DECISION.require(scope)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Process variable 'reviewDecision' is not set");
  }

  @Test
  void aValueOfAnotherTypeIsRefusedNamingVariableAndTypes() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("reviewDecision")).thenReturn(42L);

    assertThatThrownBy(() -> DECISION.get(scope)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Process variable 'reviewDecision' should be a String but is a Long (42)");
  }

  @Test
  void aValueOfItsTypeIsReadAsIs() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("reviewDecision")).thenReturn("approve");

    assertThat(DECISION.require(scope)).isEqualTo("approve");
    assertThat(DECISION.is(scope, "approve")).isTrue();
  }
}
