package org.ordertocash.config.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.ordertocash.config.StartupOrder;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys bpmn/ and forms/ at start-up, one deployment per process (see {@link DeploymentPlan}).
 *
 * <p>Camunda's duplicate filtering compares each deployment with the latest one of the same
 * name <em>and source</em>: unchanged files deploy nothing, a changed file redeploys its whole
 * group (so forms and decisions bound by "deployment" stay with their process version). The
 * source keeps this apart from what process owners deploy from Camunda Modeler: a restart does
 * not overwrite a Modeler deployment unless the file in the repository changed.
 */
@Component
@Order(StartupOrder.MODELS)
public class ProcessModelDeployer implements ApplicationRunner {

  public static final String SOURCE = "order-to-cash";
  private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver;

  public ProcessModelDeployer(RepositoryService repositoryService, ResourcePatternResolver resolver) {
    this.repositoryService = repositoryService;
    this.resolver = resolver;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    deploy(ModelFiles.load(resolver));
  }

  public void deploy(List<ModelFile> files) {
    for (DeploymentPlan.Deployment planned : DeploymentPlan.of(files)) {
      DeploymentBuilder builder = repositoryService.createDeployment()
          .name(planned.name())
          .source(SOURCE)
          .enableDuplicateFiltering(false);
      planned.files().forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
      DeploymentWithDefinitions result = builder.deployWithResult();
      log.info("Deployment {}: {} ({})", planned.name(), planned.files(),
          result.getDeployedProcessDefinitions() == null || result.getDeployedProcessDefinitions().isEmpty()
              ? "unchanged" : "new version " + result.getId());
    }
  }
}
