package org.ordertocash.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.ordertocash.identity.Groups;

/**
 * Refuses a new deployment that breaks {@link ModelPolicy}, before the engine stores any of its
 * definitions: the {@link ModelRefusedException} rolls the whole deployment back.
 */
final class ModelPolicyDeployer implements Deployer {

  private final ExpressionPolicy expressions;

  ModelPolicyDeployer(ExpressionPolicy expressions) {
    this.expressions = expressions;
  }

  /** A signed-in user who is not an administrator; the application's start-up has no user. */
  private static boolean byProcessOwner(CommandContext context) {
    String user = context.getAuthenticatedUserId();
    List<String> groups = context.getAuthenticatedGroupIds();
    return user != null && (groups == null || !groups.contains(Groups.ADMINS));
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    deployment.getResources().forEach((name, resource) -> files.put(name, resource.getBytes()));
    CommandContext context = Context.getCommandContext();
    List<ModelProblem> problems =
        new ModelPolicy(expressions, new EngineDeployedModels(context)).check(files, byProcessOwner(context));
    if (!problems.isEmpty()) {
      throw new ModelRefusedException(problems);
    }
  }
}
