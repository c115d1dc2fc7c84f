package org.ordertocash.models;

import java.util.Arrays;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.repository.DefaultDeploymentHandler;
import org.camunda.bpm.engine.repository.Resource;
import org.ordertocash.models.DeployedModels.DeployedFile;
import org.ordertocash.models.ModelContent.RefKind;

/**
 * Camunda's duplicate filter ({@code deploy-changed-only}) compares a file with the previous
 * deployment of the same name and source. A process owner who sends again a file that is no longer
 * active (someone deployed or rolled back in between) would then get nothing deployed and no
 * word of it. Here a file counts as changed when it differs from the file of the active version of
 * what it defines; only what defines nothing deployed yet falls back to Camunda's comparison.
 */
final class ActiveVersionDeploymentHandler extends DefaultDeploymentHandler {

  ActiveVersionDeploymentHandler(ProcessEngine processEngine) {
    super(processEngine);
  }

  @Override
  public boolean shouldDeployResource(Resource newResource, Resource existingResource) {
    DeployedFile active = activeCounterpart(newResource);
    if (active != null) {
      return !Arrays.equals(newResource.getBytes(), active.bytes());
    }
    return super.shouldDeployResource(newResource, existingResource);
  }

  private static DeployedFile activeCounterpart(Resource resource) {
    ModelContent content = ModelContent.read(resource.getName(), resource.getBytes());
    if (!content.readable()) {
      return null;
    }
    EngineDeployedModels deployed = new EngineDeployedModels(Context.getCommandContext());
    if (!content.processes().isEmpty()) {
      return deployed.latest(RefKind.PROCESS, content.processes().iterator().next());
    }
    if (!content.decisions().isEmpty()) {
      return deployed.latest(RefKind.DECISION, content.decisions().iterator().next());
    }
    return content.formId() == null ? null : deployed.latest(RefKind.FORM, content.formId());
  }
}
