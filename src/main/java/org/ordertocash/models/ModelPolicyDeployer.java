package org.ordertocash.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * Refuses a new deployment that breaks {@link ModelPolicy}, before the engine stores any of its
 * definitions: the {@link ModelRefusedException} rolls the whole deployment back.
 */
final class ModelPolicyDeployer implements Deployer {

  private final ExpressionPolicy expressions;

  ModelPolicyDeployer(ExpressionPolicy expressions) {
    this.expressions = expressions;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    deployment.getResources().forEach((name, resource) -> files.put(name, resource.getBytes()));
    List<ModelProblem> problems =
        new ModelPolicy(expressions, new EngineDeployedModels(Context.getCommandContext())).check(files);
    if (!problems.isEmpty()) {
      throw new ModelRefusedException(problems);
    }
  }
}
