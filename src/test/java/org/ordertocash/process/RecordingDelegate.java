package org.ordertocash.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-in for a service task delegate: records every call (with a snapshot of the variables it
 * saw) and sets the given variables. Successive answers can be queued with {@link #then(Map)}; the
 * last answer is repeated once the queue is down to one.
 */
public final class RecordingDelegate implements JavaDelegate {

  private final String beanName;
  private final Deque<Map<String, Object>> answers = new ArrayDeque<>();
  private final List<Map<String, Object>> calls = new ArrayList<>();

  private RecordingDelegate(String beanName, Map<String, Object> firstAnswer) {
    this.beanName = beanName;
    answers.add(firstAnswer);
  }

  /** Registers a delegate under {@code beanName} (for {@code ${beanName}}) that sets {@code variables}. */
  public static RecordingDelegate register(String beanName, Map<String, Object> variables) {
    RecordingDelegate delegate = new RecordingDelegate(beanName, new HashMap<>(variables));
    Mocks.register(beanName, delegate);
    return delegate;
  }

  /** Registers a delegate that sets nothing. */
  public static RecordingDelegate register(String beanName) {
    return register(beanName, Map.of());
  }

  /** Queues the variables to set on the next call after the previously queued ones. */
  public RecordingDelegate then(Map<String, Object> variables) {
    answers.add(new HashMap<>(variables));
    return this;
  }

  @Override
  public void execute(DelegateExecution execution) {
    calls.add(new HashMap<>(execution.getVariables()));
    Map<String, Object> answer = answers.size() > 1 ? answers.poll() : answers.peek();
    execution.setVariables(answer);
  }

  public int callCount() {
    return calls.size();
  }

  public boolean wasCalled() {
    return !calls.isEmpty();
  }

  /** The variables visible to the delegate on its last call. */
  public Map<String, Object> lastCall() {
    if (calls.isEmpty()) {
      throw new AssertionError(beanName + " was not called");
    }
    return calls.get(calls.size() - 1);
  }

  @Override
  public String toString() {
    return "RecordingDelegate[" + beanName + ", calls=" + calls.size() + "]";
  }
}
