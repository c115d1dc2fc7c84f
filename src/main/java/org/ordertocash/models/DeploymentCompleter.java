package org.ordertocash.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.ordertocash.models.DeployedModels.DeployedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes every new deployment into a whole version before the engine parses it
 * (docs/adr/0001): adds the deployed files it needs, see {@link DeploymentCompletion}. Runs
 * inside the deployment's transaction, after Camunda's duplicate filter.
 */
final class DeploymentCompleter implements Deployer {

  private static final Logger log = LoggerFactory.getLogger(DeploymentCompleter.class);

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    CommandContext commandContext = Context.getCommandContext();
    Map<String, byte[]> sent = new LinkedHashMap<>();
    deployment.getResources().forEach((name, resource) -> sent.put(name, resource.getBytes()));
    List<DeployedFile> additions = DeploymentCompletion.additions(sent, new EngineDeployedModels(commandContext));
    for (DeployedFile file : additions) {
      ResourceEntity resource = new ResourceEntity();
      resource.setName(file.name());
      resource.setBytes(file.bytes());
      resource.setDeploymentId(deployment.getId());
      resource.setTenantId(deployment.getTenantId());
      resource.setType(ResourceTypes.REPOSITORY.getValue());
      resource.setCreateTime(ClockUtil.getCurrentTime());
      deployment.addResource(resource);
      commandContext.getResourceManager().insertResource(resource);
      log.info("Deployment '{}' ({}) completed with {} from deployment {}",
          deployment.getName(), deployment.getId(), file.name(), file.deploymentId());
    }
  }
}
