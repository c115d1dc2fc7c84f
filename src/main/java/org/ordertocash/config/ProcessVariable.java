package org.ordertocash.config;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A process variable by name and type, declared once in a process's contract
 * ({@link ProcessContract}) and read and written only through it.
 *
 * <p>One rule for bad values: an unset variable reads as null ({@link #get}) or is refused where
 * the step cannot do without it ({@link #require}); a value of another type is a modelling error
 * and is refused, naming the variable, what it should be and what it is. Inside a job either
 * refusal becomes an incident with that sentence.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  /** The value, or null when the variable is unset or null. */
  public T get(VariableScope scope) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (!type.isInstance(value)) {
      throw new IllegalStateException("Process variable '" + name + "' should be a " + type.getSimpleName()
          + " but is a " + value.getClass().getSimpleName() + " (" + value + ")");
    }
    return type.cast(value);
  }

  /** The value; refused when unset. */
  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is not set");
    }
    return value;
  }

  /** Whether the variable holds exactly this value (false when unset). */
  public boolean is(VariableScope scope, T expected) {
    return expected.equals(get(scope));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  /**
   * Sets the variable for the rest of the current transaction only: never stored, no history. For
   * a decision's inputs that the next steps read at once (the decision's own history keeps them).
   * An instance that stored the variable before it became transient keeps storing it: the engine
   * refuses to turn a stored variable transient (ENGINE-17006), which would stop that instance.
   */
  public void setTransient(VariableScope scope, T value) {
    TypedValue before = scope.getVariableTyped(name);
    boolean storedBefore = before != null && !before.isTransient();
    scope.setVariable(name, storedBefore ? value : Variables.untypedValue(value, true));
  }
}
