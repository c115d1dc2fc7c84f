package org.ordertocash.config;

import java.util.List;
import java.util.Set;

/**
 * What the Java side of a process relies on in its model ({@code bpmn/<key>.bpmn}): the process
 * key, the element ids it names, the messages it correlates, the BPMN error codes it throws and
 * the variables it reads or writes. {@code ProcessContractsTest} checks each contract against its
 * model and forms, so a renamed element or variable fails the build, not an order in production.
 * {@code betweenSteps} names the variables that only Java steps pass to each other (a message's
 * payload read by a later delegate, say), which the model never mentions.
 *
 * <p>{@code savePoints} names the steps that render a document, queue a customer message, touch
 * stock or call anything outside: each must start in a job of its own ({@code asyncBefore}, or
 * after an {@code asyncAfter}), so that its failure becomes a retried job and then an incident,
 * never a failed <i>Complete</i> for the person whose task came before (ADR 0009).
 */
public record ProcessContract(String key, Set<String> elementIds, Set<String> messages, Set<String> errorCodes,
    List<ProcessVariable<?>> variables, Set<ProcessVariable<?>> betweenSteps, Set<String> savePoints) {

  public ProcessContract(String key, Set<String> elementIds, Set<String> messages, Set<String> errorCodes,
      List<ProcessVariable<?>> variables, Set<ProcessVariable<?>> betweenSteps) {
    this(key, elementIds, messages, errorCodes, variables, betweenSteps, Set.of());
  }

  public ProcessContract(String key, Set<String> elementIds, Set<String> messages, Set<String> errorCodes,
      List<ProcessVariable<?>> variables) {
    this(key, elementIds, messages, errorCodes, variables, Set.of(), Set.of());
  }

  /** This contract with the given steps as its save points. */
  public ProcessContract withSavePoints(String... stepIds) {
    return new ProcessContract(key, elementIds, messages, errorCodes, variables, betweenSteps, Set.of(stepIds));
  }
}
