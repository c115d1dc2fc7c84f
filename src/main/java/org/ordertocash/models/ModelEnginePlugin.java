package org.ordertocash.models;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine side of the process owners' path (docs/adr/0001, 0002): every new deployment is
 * first completed into a whole version, then checked against the model policy; "deploy changed
 * only" compares with the active versions; expressions see only the application's model beans
 * and pass {@link ModelElGuard} at run time.
 *
 * <p>First among the plugins: it replaces the expression manager before other plugins (Spin)
 * register their functions on it (in their postInit).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ModelEnginePlugin extends AbstractProcessEnginePlugin {

  private final ModelBeans modelBeans;

  public ModelEnginePlugin(ModelBeans modelBeans) {
    this.modelBeans = modelBeans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> preDeployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    preDeployers.add(new DeploymentCompleter());
    preDeployers.add(new ModelPolicyDeployer(new ExpressionPolicy(modelBeans::kindOf)));
    configuration.setCustomPreDeployers(preDeployers);
    configuration.setDeploymentHandlerFactory(ActiveVersionDeploymentHandler::new);

    ModelBeanMap beans = new ModelBeanMap(modelBeans);
    configuration.setBeans(beans);
    configuration.setExpressionManager(new ModelExpressionManager(beans));
  }
}
