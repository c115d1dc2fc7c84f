package org.ordertocash.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ordertocash.models.ModelContent.Ref;
import org.ordertocash.models.ModelContent.RefKind;

/**
 * Groups the repository's model files into the app's start-up deployments: one per BPMN file,
 * carrying the forms and decisions it binds by deployment; a DMN or form no process takes along
 * is deployed alone. Called processes come before their callers, so every deployment finds what
 * it calls (the engine refuses a call to a process it does not have, docs/adr/0002).
 */
public final class DeploymentPlan {

  private DeploymentPlan() {}

  public record Deployment(String name, List<ModelFile> files) {}

  public static List<Deployment> of(List<ModelFile> files) {
    Map<ModelFile, ModelContent> contents = new LinkedHashMap<>();
    files.forEach(file -> contents.put(file, ModelContent.read(file.name(), file.content())));
    Map<String, Deployment> byProcess = new LinkedHashMap<>();
    Set<ModelFile> travelling = new LinkedHashSet<>();
    for (Map.Entry<ModelFile, ModelContent> bpmn : contents.entrySet()) {
      if (!bpmn.getKey().isBpmn()) {
        continue;
      }
      Set<ModelFile> group = new LinkedHashSet<>();
      group.add(bpmn.getKey());
      for (Ref ref : bpmn.getValue().staticRefs()) {
        if (ref.boundByDeployment() && ref.kind() != RefKind.PROCESS) {
          group.add(definedBy(contents, ref, bpmn.getKey()));
        }
      }
      travelling.addAll(group);
      Deployment deployment = new Deployment(bpmn.getKey().baseName(), List.copyOf(group));
      bpmn.getValue().processes().forEach(process -> byProcess.put(process, deployment));
    }
    List<Deployment> ordered = new ArrayList<>();
    byProcess.values().forEach(deployment -> addCalleesFirst(deployment, byProcess, contents, ordered, new LinkedHashSet<>()));
    files.stream().filter(file -> !travelling.contains(file))
        .forEach(file -> ordered.add(new Deployment(file.baseName(), List.of(file))));
    return ordered;
  }

  private static void addCalleesFirst(Deployment deployment, Map<String, Deployment> byProcess,
      Map<ModelFile, ModelContent> contents, List<Deployment> ordered, Set<Deployment> visiting) {
    if (ordered.contains(deployment)) {
      return;
    }
    if (!visiting.add(deployment)) {
      throw new IllegalStateException("Processes call each other in a circle: " + visiting);
    }
    for (ModelFile file : deployment.files()) {
      for (Ref ref : contents.get(file).staticRefs()) {
        Deployment callee = ref.kind() == RefKind.PROCESS ? byProcess.get(ref.key()) : null;
        if (callee != null && callee != deployment) {
          addCalleesFirst(callee, byProcess, contents, ordered, visiting);
        }
      }
    }
    visiting.remove(deployment);
    if (!ordered.contains(deployment)) {
      ordered.add(deployment);
    }
  }

  private static ModelFile definedBy(Map<ModelFile, ModelContent> contents, Ref ref, ModelFile bpmn) {
    return contents.entrySet().stream()
        .filter(entry -> entry.getValue().defines(ref.kind(), ref.key()))
        .map(Map.Entry::getKey).findFirst()
        .orElseThrow(() -> new IllegalStateException(bpmn.name() + " refers to "
            + ref.kind().name().toLowerCase() + " " + ref.key() + ", which is in neither bpmn/ nor forms/"));
  }
}
