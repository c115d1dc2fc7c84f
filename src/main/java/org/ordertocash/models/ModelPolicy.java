package org.ordertocash.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ordertocash.models.ModelContent.Ref;
import org.ordertocash.models.ModelContent.RefKind;
import org.ordertocash.models.ModelContent.Type;

/**
 * Decides whether a deployment may go live (docs/adr/0002): every file parses, every form,
 * decision and called process it refers to exists in the deployment or the engine, and the BPMN
 * and DMN rules hold. Answers every problem found, so one refusal tells the process owner all.
 */
final class ModelPolicy {

  private final BpmnRules bpmnRules;
  private final DmnRules dmnRules = new DmnRules();
  private final DeployedModels deployed;

  ModelPolicy(ExpressionPolicy expressions, DeployedModels deployed) {
    this.bpmnRules = new BpmnRules(expressions, deployed);
    this.deployed = deployed;
  }

  /**
   * The problems of a deployment of these files (resource name to content); empty if it may go
   * live. {@code byProcessOwner}: sent by someone who is not an administrator (nor the
   * application's start-up): they change the existing processes with those processes' own
   * delegates, and add no new processes.
   */
  List<ModelProblem> check(Map<String, byte[]> files, boolean byProcessOwner) {
    Map<String, ModelContent> contents = new LinkedHashMap<>();
    files.forEach((name, bytes) -> contents.put(name, ModelContent.read(name, bytes)));
    List<ModelProblem> problems = new ArrayList<>();
    for (ModelContent content : contents.values()) {
      if (!content.readable()) {
        problems.add(new ModelProblem(content.resource(), null, content.unreadableBecause()));
        continue;
      }
      byte[] bytes = files.get(content.resource());
      if (content.type() == Type.BPMN) {
        problems.addAll(bpmnRules.check(content.resource(), bytes));
        problems.addAll(missingReferences(content, contents));
        if (byProcessOwner) {
          problems.addAll(processOwnerRules(content));
        }
      } else if (content.type() == Type.DMN) {
        problems.addAll(dmnRules.check(content.resource(), bytes));
      }
    }
    return problems;
  }

  /**
   * What a process owner's process may do is what the application's versions of it do: a new
   * process, or another process's delegate (say, rejecting orders from a timer), would be a new
   * feature of the application, which comes with a release.
   */
  private List<ModelProblem> processOwnerRules(ModelContent bpmn) {
    List<ModelProblem> problems = new ArrayList<>();
    java.util.Set<String> allowed = new java.util.TreeSet<>();
    for (String process : bpmn.processes()) {
      if (!deployed.processExists(process)) {
        problems.add(new ModelProblem(bpmn.resource(), process, "process '" + process
            + "' is new: new processes come with a release of the application; process owners change the existing ones"));
      }
      allowed.addAll(deployed.applicationDelegates(process));
    }
    for (String delegate : bpmn.delegates()) {
      if (!allowed.contains(delegate) && problems.isEmpty()) {
        problems.add(new ModelProblem(bpmn.resource(), null, "delegate '" + delegate + "' is not one of the delegates of "
            + String.join(", ", bpmn.processes()) + " (" + String.join(", ", allowed) + ")"));
      }
    }
    return problems;
  }

  private List<ModelProblem> missingReferences(ModelContent bpmn, Map<String, ModelContent> contents) {
    List<ModelProblem> problems = new ArrayList<>();
    for (Ref ref : bpmn.refs()) {
      if (ref.key().contains("${") || ref.key().contains("#{")) {
        if (ref.kind() == RefKind.PROCESS) {
          problems.add(new ModelProblem(bpmn.resource(), ref.elementId(),
              "the called process must be named, not computed (" + ref.key() + ")"));
        }
        continue;
      }
      boolean inDeployment = contents.values().stream().anyMatch(content -> content.defines(ref.kind(), ref.key()));
      if (!inDeployment && (ref.boundByDeployment() || deployed.latest(ref.kind(), ref.key()) == null)) {
        problems.add(new ModelProblem(bpmn.resource(), ref.elementId(), missing(ref)));
      }
    }
    return problems;
  }

  private static String missing(Ref ref) {
    String what = switch (ref.kind()) {
      case FORM -> "form";
      case DECISION -> "decision";
      case PROCESS -> "called process";
    };
    return "refers to " + what + " '" + ref.key() + "', which neither this deployment nor the engine has";
  }
}
