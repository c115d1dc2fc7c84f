package org.ordertocash.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.ordertocash.models.BpmnDiff.PropertyChange;

/**
 * Added, removed and changed decisions and rules between two DMN files, by id. A rule is shown
 * with its entries under the column labels (e.g. {@code "Order value": "> 100000"}); a changed
 * rule with the entries that differ.
 */
final class DmnDiff {

  enum Change { ADDED, REMOVED, CHANGED }

  record RuleChange(String ruleId, Map<String, String> entries, List<PropertyChange> changes) {}

  record DecisionChange(String decisionId, String name, Change change, List<PropertyChange> changes,
      List<RuleChange> addedRules, List<RuleChange> removedRules, List<RuleChange> changedRules) {}

  private DmnDiff() {}

  /** The decisions that differ; {@code from} or {@code to} may be null (a file added or removed). */
  static List<DecisionChange> diff(byte[] from, byte[] to) {
    Map<String, Decision> before = decisions(from);
    Map<String, Decision> after = decisions(to);
    Set<String> ids = new LinkedHashSet<>(before.keySet());
    ids.addAll(after.keySet());
    List<DecisionChange> changes = new ArrayList<>();
    for (String id : ids) {
      DecisionChange change = decision(before.get(id), after.get(id));
      if (change != null) {
        changes.add(change);
      }
    }
    return changes;
  }

  private static DecisionChange decision(Decision from, Decision to) {
    Decision any = to != null ? to : from;
    Map<String, Map<String, String>> rulesBefore = rules(from);
    Map<String, Map<String, String>> rulesAfter = rules(to);
    List<RuleChange> added = new ArrayList<>();
    List<RuleChange> removed = new ArrayList<>();
    List<RuleChange> changed = new ArrayList<>();
    rulesAfter.forEach((id, entries) -> {
      if (!rulesBefore.containsKey(id)) {
        added.add(new RuleChange(id, entries, List.of()));
      } else {
        List<PropertyChange> entryChanges = compare(rulesBefore.get(id), entries);
        if (!entryChanges.isEmpty()) {
          changed.add(new RuleChange(id, entries, entryChanges));
        }
      }
    });
    rulesBefore.forEach((id, entries) -> {
      if (!rulesAfter.containsKey(id)) {
        removed.add(new RuleChange(id, entries, List.of()));
      }
    });
    List<PropertyChange> properties = compare(properties(from), properties(to));
    Change change = from == null ? Change.ADDED : to == null ? Change.REMOVED : Change.CHANGED;
    if (change == Change.CHANGED && properties.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
      return null;
    }
    return new DecisionChange(any.getId(), any.getName(), change, properties, added, removed, changed);
  }

  /** Name, hit policy, columns and literal expression of a decision. */
  private static Map<String, String> properties(Decision decision) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (decision == null) {
      return properties;
    }
    properties.put("name", decision.getName());
    DecisionTable table = table(decision);
    if (table != null) {
      properties.put("hitPolicy", String.valueOf(table.getHitPolicy()));
      for (Input input : table.getInputs()) {
        properties.put("input " + input.getId(), label(input) + " = "
            + (input.getInputExpression() == null ? "" : text(input.getInputExpression().getText() == null
                ? null : input.getInputExpression().getText().getTextContent())));
      }
      for (Output output : table.getOutputs()) {
        properties.put("output " + output.getId(), label(output));
      }
    }
    decision.getChildElementsByType(LiteralExpression.class)
        .forEach(literal -> properties.put("literalExpression", text(literal.getTextContent())));
    return properties;
  }

  private static Map<String, Map<String, String>> rules(Decision decision) {
    Map<String, Map<String, String>> rules = new LinkedHashMap<>();
    DecisionTable table = decision == null ? null : table(decision);
    if (table == null) {
      return rules;
    }
    List<Input> inputs = List.copyOf(table.getInputs());
    List<Output> outputs = List.copyOf(table.getOutputs());
    for (Rule rule : table.getRules()) {
      Map<String, String> entries = new LinkedHashMap<>();
      int i = 0;
      for (InputEntry entry : rule.getInputEntries()) {
        entries.put(i < inputs.size() ? label(inputs.get(i)) : "input " + (i + 1), text(entry.getTextContent()));
        i++;
      }
      int o = 0;
      for (OutputEntry entry : rule.getOutputEntries()) {
        entries.put(o < outputs.size() ? label(outputs.get(o)) : "output " + (o + 1), text(entry.getTextContent()));
        o++;
      }
      if (rule.getDescription() != null) {
        entries.put("annotation", text(rule.getDescription().getTextContent()));
      }
      rules.put(rule.getId(), entries);
    }
    return rules;
  }

  private static List<PropertyChange> compare(Map<String, String> from, Map<String, String> to) {
    Set<String> keys = new LinkedHashSet<>(from.keySet());
    keys.addAll(to.keySet());
    List<PropertyChange> changes = new ArrayList<>();
    for (String key : keys) {
      if (!Objects.equals(from.get(key), to.get(key))) {
        changes.add(new PropertyChange(key, from.get(key), to.get(key)));
      }
    }
    return changes;
  }

  private static Map<String, Decision> decisions(byte[] bytes) {
    Map<String, Decision> decisions = new LinkedHashMap<>();
    if (bytes != null) {
      Collection<Decision> all = Dmn.readModelFromStream(new ByteArrayInputStream(bytes)).getModelElementsByType(Decision.class);
      all.forEach(decision -> decisions.put(decision.getId(), decision));
    }
    return decisions;
  }

  private static DecisionTable table(Decision decision) {
    return decision.getExpression() instanceof DecisionTable table ? table : null;
  }

  private static String label(Input input) {
    return input.getLabel() != null ? input.getLabel() : input.getId();
  }

  private static String label(Output output) {
    if (output.getLabel() != null) {
      return output.getLabel();
    }
    return output.getName() != null ? output.getName() : output.getId();
  }

  private static String text(String text) {
    return text == null ? "" : text.trim();
  }
}
