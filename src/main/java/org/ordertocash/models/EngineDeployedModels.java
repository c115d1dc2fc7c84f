package org.ordertocash.models;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.ordertocash.models.ModelContent.Ref;
import org.ordertocash.models.ModelContent.RefKind;

/** {@link DeployedModels} read inside a running engine command (the deployment's own transaction). */
final class EngineDeployedModels implements DeployedModels {

  private final CommandContext commandContext;

  EngineDeployedModels(CommandContext commandContext) {
    this.commandContext = commandContext;
  }

  @Override
  public DeployedFile latest(RefKind kind, String key) {
    ResourceDefinition definition = switch (kind) {
      case PROCESS -> commandContext.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key);
      case DECISION -> commandContext.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key);
      case FORM -> commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key);
    };
    return definition == null ? null : file(definition.getDeploymentId(), definition.getResourceName());
  }

  @Override
  public List<String> processesBinding(RefKind kind, String key) {
    List<String> processes = new ArrayList<>();
    ProcessDefinitionQueryImpl newestVersions = new ProcessDefinitionQueryImpl();
    newestVersions.latestVersion();
    for (ProcessDefinition process : newestVersions.executeList(commandContext, null)) {
      DeployedFile file = file(process.getDeploymentId(), process.getResourceName());
      if (file == null) {
        continue;
      }
      for (Ref ref : ModelContent.read(file.name(), file.bytes()).staticRefs()) {
        if (ref.kind() == kind && ref.key().equals(key) && ref.boundByDeployment()) {
          processes.add(process.getKey());
          break;
        }
      }
    }
    return processes;
  }

  @Override
  public boolean processExists(String key) {
    return commandContext.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key) != null;
  }

  @Override
  public java.util.Set<String> applicationDelegates(String processKey) {
    java.util.Set<String> delegates = new java.util.TreeSet<>();
    ProcessDefinitionQueryImpl versions = new ProcessDefinitionQueryImpl();
    versions.processDefinitionKey(processKey);
    for (ProcessDefinition version : versions.executeList(commandContext, null)) {
      org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity deployment =
          commandContext.getDeploymentManager().findDeploymentById(version.getDeploymentId());
      if (ProcessModelDeployer.SOURCE.equals(deployment.getSource())) {
        DeployedFile file = file(version.getDeploymentId(), version.getResourceName());
        if (file != null) {
          delegates.addAll(ModelContent.read(file.name(), file.bytes()).delegates());
        }
      }
    }
    return delegates;
  }

  @Override
  public boolean groupExists(String groupId) {
    return commandContext.getReadOnlyIdentityProvider().findGroupById(groupId) != null;
  }

  private DeployedFile file(String deploymentId, String resourceName) {
    ResourceEntity resource = commandContext.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(deploymentId, resourceName);
    return resource == null ? null : new DeployedFile(deploymentId, resource.getName(), resource.getBytes());
  }
}
