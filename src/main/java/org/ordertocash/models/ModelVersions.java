package org.ordertocash.models;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.springframework.stereotype.Service;

/**
 * Every version of every process, decision and form, with where it came from: the app's
 * start-up deployment, a process owner (Camunda Modeler or REST) or a rollback, who deployed it
 * and when, and for processes how many instances run on it and how many incidents they have.
 * Reads run without the caller's authorization; callers check who may see them.
 */
@Service
public class ModelVersions {

  /** Where a version came from. */
  public enum Origin { START_UP, PROCESS_OWNER, ROLLBACK }

  /** Forms have no versions of their own here: they belong to the process versions that carry them. */
  public enum ModelKind { PROCESS, DECISION }

  public record Version(
      String key,
      ModelKind kind,
      int version,
      String name,
      String definitionId,
      String deploymentId,
      String deploymentName,
      Origin origin,
      String source,
      String deployedBy,
      Instant deployedAt,
      boolean active,
      Long runningInstances,
      Long openIncidents) {}

  public record Model(String key, ModelKind kind, String name, int activeVersion, int versions,
      Origin activeOrigin, String activeDeployedBy, Instant activeDeployedAt, Long runningInstances, Long openIncidents) {}

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final HistoryService history;

  public ModelVersions(RepositoryService repository, RuntimeService runtime, HistoryService history) {
    this.repository = repository;
    this.runtime = runtime;
    this.history = history;
  }

  public static Origin originOf(String source) {
    if (ProcessModelDeployer.SOURCE.equals(source)) {
      return Origin.START_UP;
    }
    return ModelRollback.SOURCE.equals(source) ? Origin.ROLLBACK : Origin.PROCESS_OWNER;
  }

  /** The kind of model with this key, or null if there is none. */
  public ModelKind kindOf(String key) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0) {
      return ModelKind.PROCESS;
    }
    if (repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0) {
      return ModelKind.DECISION;
    }
    return null;
  }

  /** Every version of the model, oldest first; empty if there is no model with that key. */
  public List<Version> versions(String key) {
    ModelKind kind = kindOf(key);
    if (kind == null) {
      return List.of();
    }
    List<? extends ResourceDefinition> definitions = definitions(kind, key);
    int newest = definitions.stream().mapToInt(ModelVersions::versionOf).max().orElse(0);
    List<Version> versions = new ArrayList<>();
    for (ResourceDefinition definition : definitions) {
      versions.add(version(kind, definition, versionOf(definition) == newest));
    }
    versions.sort(Comparator.comparingInt(Version::version));
    return versions;
  }

  /** The active (newest) version of the model; null if there is none. */
  public Version active(String key) {
    List<Version> versions = versions(key);
    return versions.isEmpty() ? null : versions.get(versions.size() - 1);
  }

  /** The definition id of a version; null if there is no such version. */
  public Version version(String key, int version) {
    return versions(key).stream().filter(v -> v.version() == version).findFirst().orElse(null);
  }

  /** Every process and decision with its active version. */
  public List<Model> all() {
    Map<String, Model> models = new LinkedHashMap<>();
    for (ProcessDefinition process : repository.createProcessDefinitionQuery().latestVersion()
        .orderByProcessDefinitionKey().asc().list()) {
      models.put(process.getKey(), model(ModelKind.PROCESS, process.getKey()));
    }
    for (DecisionDefinition decision : repository.createDecisionDefinitionQuery().latestVersion()
        .orderByDecisionDefinitionKey().asc().list()) {
      models.putIfAbsent(decision.getKey(), model(ModelKind.DECISION, decision.getKey()));
    }
    return List.copyOf(models.values());
  }

  private Model model(ModelKind kind, String key) {
    List<Version> versions = versions(key);
    Version active = versions.get(versions.size() - 1);
    Long running = kind == ModelKind.PROCESS
        ? versions.stream().mapToLong(Version::runningInstances).sum() : null;
    Long incidents = kind == ModelKind.PROCESS
        ? versions.stream().mapToLong(Version::openIncidents).sum() : null;
    return new Model(key, kind, active.name(), active.version(), versions.size(), active.origin(),
        active.deployedBy(), active.deployedAt(), running, incidents);
  }

  private List<? extends ResourceDefinition> definitions(ModelKind kind, String key) {
    return switch (kind) {
      case PROCESS -> repository.createProcessDefinitionQuery().processDefinitionKey(key).list();
      case DECISION -> repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).list();
    };
  }

  private Version version(ModelKind kind, ResourceDefinition definition, boolean active) {
    Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
    Long running = null;
    Long incidents = null;
    if (kind == ModelKind.PROCESS) {
      running = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
      incidents = runtime.createIncidentQuery().processDefinitionId(definition.getId()).count();
    }
    return new Version(definition.getKey(), kind, versionOf(definition), definition.getName(), definition.getId(),
        deployment.getId(), deployment.getName(), originOf(deployment.getSource()), deployment.getSource(),
        deployedBy(deployment), deployment.getDeploymentTime().toInstant(), active, running, incidents);
  }

  /** The user who created the deployment (user operation log); the app itself for start-up deployments. */
  private String deployedBy(Deployment deployment) {
    UserOperationLogEntry entry = history.createUserOperationLogQuery()
        .deploymentId(deployment.getId())
        .entityType(EntityTypes.DEPLOYMENT)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
        .listPage(0, 1).stream().findFirst().orElse(null);
    if (entry != null && entry.getUserId() != null) {
      return entry.getUserId();
    }
    return originOf(deployment.getSource()) == Origin.START_UP ? "order-to-cash (start-up)" : null;
  }

  private static int versionOf(ResourceDefinition definition) {
    return definition.getVersion();
  }
}
