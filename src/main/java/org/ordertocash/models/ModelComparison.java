package org.ordertocash.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.ordertocash.models.BpmnDiff.ElementChange;
import org.ordertocash.models.DmnDiff.Change;
import org.ordertocash.models.DmnDiff.DecisionChange;
import org.ordertocash.models.ModelContent.Ref;
import org.ordertocash.models.ModelContent.RefKind;
import org.ordertocash.models.ModelVersions.ModelKind;
import org.ordertocash.models.ModelVersions.Version;
import org.springframework.stereotype.Service;

/**
 * What changed between two versions of a process or decision: for a process its BPMN elements,
 * the forms and decision files it carries, and the rules of those decisions; for a decision its rules.
 */
@Service
public class ModelComparison {

  /** A form or decision file a process version carries, and how it changed. */
  public record FileChange(String defines, String kind, Change change, String fromFile, String toFile) {}

  public record Diff(String key, ModelKind kind, int from, int to,
      List<ElementChange> added, List<ElementChange> removed, List<ElementChange> changed,
      List<FileChange> files, List<DecisionChange> decisions) {}

  private final RepositoryService repository;
  private final ModelVersions versions;

  public ModelComparison(RepositoryService repository, ModelVersions versions) {
    this.repository = repository;
    this.versions = versions;
  }

  /** Null if the model or one of the versions does not exist. */
  public Diff diff(String key, int from, int to) {
    Version before = versions.version(key, from);
    Version after = versions.version(key, to);
    if (before == null || after == null) {
      return null;
    }
    if (before.kind() == ModelKind.DECISION) {
      List<DecisionChange> decisions = DmnDiff.diff(definitionBytes(before), definitionBytes(after));
      return new Diff(key, ModelKind.DECISION, from, to, List.of(), List.of(), List.of(), List.of(), decisions);
    }
    BpmnDiff.Result elements = BpmnDiff.diff(definitionBytes(before), definitionBytes(after));
    Map<String, Carried> carriedBefore = carried(before);
    Map<String, Carried> carriedAfter = carried(after);
    List<FileChange> files = new ArrayList<>();
    List<DecisionChange> decisions = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>(carriedBefore.keySet());
    keys.addAll(carriedAfter.keySet());
    for (String carriedKey : keys) {
      Carried old = carriedBefore.get(carriedKey);
      Carried now = carriedAfter.get(carriedKey);
      if (old != null && now != null && Arrays.equals(old.bytes(), now.bytes())) {
        continue;
      }
      Carried any = now != null ? now : old;
      Change change = old == null ? Change.ADDED : now == null ? Change.REMOVED : Change.CHANGED;
      files.add(new FileChange(carriedKey, any.kind().name().toLowerCase(), change,
          old == null ? null : old.file(), now == null ? null : now.file()));
      if (any.kind() == RefKind.DECISION) {
        decisions.addAll(DmnDiff.diff(old == null ? null : old.bytes(), now == null ? null : now.bytes()));
      }
    }
    return new Diff(key, ModelKind.PROCESS, from, to, elements.added(), elements.removed(), elements.changed(),
        files, decisions);
  }

  private record Carried(RefKind kind, String file, byte[] bytes) {}

  /** The forms and decisions a process version binds by deployment, with the files that define them. */
  private Map<String, Carried> carried(Version version) {
    ModelContent process = ModelContent.read(resourceName(version), definitionBytes(version));
    List<String> names = repository.getDeploymentResourceNames(version.deploymentId());
    Map<String, Carried> carried = new LinkedHashMap<>();
    for (Ref ref : process.staticRefs()) {
      if (!ref.boundByDeployment() || ref.kind() == RefKind.PROCESS || carried.containsKey(ref.key())) {
        continue;
      }
      for (String name : names) {
        byte[] bytes = bytes(version.deploymentId(), name);
        if (ModelContent.read(name, bytes).defines(ref.kind(), ref.key())) {
          carried.put(ref.key(), new Carried(ref.kind(), name, bytes));
          break;
        }
      }
    }
    return carried;
  }

  byte[] definitionBytes(Version version) {
    return bytes(version.deploymentId(), resourceName(version));
  }

  String resourceName(Version version) {
    ResourceDefinition definition = version.kind() == ModelKind.PROCESS
        ? repository.getProcessDefinition(version.definitionId())
        : repository.getDecisionDefinition(version.definitionId());
    return definition.getResourceName();
  }

  byte[] bytes(String deploymentId, String name) {
    try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
