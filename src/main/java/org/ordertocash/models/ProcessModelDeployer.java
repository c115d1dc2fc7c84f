package org.ordertocash.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.ordertocash.config.Language;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys bpmn/ and the forms in the company's language ({@code ordertocash.language}) at start-up, one deployment per process (see {@link DeploymentPlan}),
 * side by side with what process owners deploy from Camunda Modeler:
 * <ul>
 *   <li>a group whose files equal the app's previous deployment of it deploys nothing;</li>
 *   <li>a changed group is deployed, unless a process owner deployed a newer version of that
 *       process since the app's last deployment: then the process owner's version stays active
 *       and the log says so (a restart never silently replaces it), unless
 *       {@code ordertocash.models.startup-replaces-newer-versions} is true or the repository
 *       already holds exactly the process owner's files;</li>
 *   <li>the log names each process's active version and where it came from.</li>
 * </ul>
 */
@Component
@Order(StartupOrder.MODELS)
public class ProcessModelDeployer implements ApplicationRunner {

  public static final String SOURCE = "order-to-cash";
  private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver;
  private final ModelVersions versions;
  private final ModelSettings settings;
  private final Language formLanguage;

  public ProcessModelDeployer(RepositoryService repositoryService, ResourcePatternResolver resolver,
      ModelVersions versions, ModelSettings settings, OrderToCashProperties properties) {
    this.repositoryService = repositoryService;
    this.resolver = resolver;
    this.versions = versions;
    this.settings = settings;
    this.formLanguage = properties.language();
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    deploy(ModelFiles.load(resolver, formLanguage));
  }

  public void deploy(List<ModelFile> files) {
    for (DeploymentPlan.Deployment planned : DeploymentPlan.of(files)) {
      deploy(planned);
    }
  }

  private void deploy(DeploymentPlan.Deployment planned) {
    Deployment previous = previousStartUpDeployment(planned.name());
    if (previous != null && sameFiles(planned.files(), previous.getId())) {
      logActive(planned, "unchanged since the app's deployment " + previous.getId());
      return;
    }
    ProcessDefinition active = activeProcess(planned);
    if (active != null && deployedByProcessOwnerSince(active, previous)) {
      if (sameFiles(planned.files(), active.getDeploymentId())) {
        logActive(planned, "the repository holds the process owner's files");
        return;
      }
      if (!settings.startupReplacesNewerVersions()) {
        log.warn("Models {}: {} changed in this release, but version {} of '{}' was deployed by a process owner "
            + "after the app's last deployment. NOT deployed: the process owner's version stays active. "
            + "Compare with GET /api/models/{}/diff, then deploy from Camunda Modeler, or start once with "
            + "ordertocash.models.startup-replaces-newer-versions=true.", planned.name(), planned.files(),
            active.getVersion(), active.getKey(), active.getKey());
        logActive(planned, "kept");
        return;
      }
      log.warn("Models {}: replacing the process owner's version {} of '{}' "
          + "(ordertocash.models.startup-replaces-newer-versions=true)", planned.name(), active.getVersion(), active.getKey());
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(planned.name())
        .source(SOURCE)
        .enableDuplicateFiltering(false);
    planned.files().forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
    builder.deployWithResult();
    logActive(planned, "deployed from the repository");
  }

  private Deployment previousStartUpDeployment(String name) {
    return repositoryService.createDeploymentQuery().deploymentName(name).deploymentSource(SOURCE)
        .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
  }

  /** The newest version of the group's process, if it has one and it is deployed. */
  private ProcessDefinition activeProcess(DeploymentPlan.Deployment planned) {
    for (ModelFile file : planned.files()) {
      if (file.isBpmn()) {
        for (String key : ModelContent.read(file.name(), file.content()).processes()) {
          ProcessDefinition active = repositoryService.createProcessDefinitionQuery()
              .processDefinitionKey(key).latestVersion().singleResult();
          if (active != null) {
            return active;
          }
        }
      }
    }
    return null;
  }

  private boolean deployedByProcessOwnerSince(ProcessDefinition active, Deployment previous) {
    Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(active.getDeploymentId()).singleResult();
    if (SOURCE.equals(deployment.getSource())) {
      return false;
    }
    return previous == null || deployment.getDeploymentTime().after(previous.getDeploymentTime());
  }

  /**
   * Whether every file has an identical counterpart in the deployment: same name, or (for a
   * process owner's deployment, whose names differ) a file defining the same process, decision or form.
   */
  private boolean sameFiles(List<ModelFile> files, String deploymentId) {
    List<String> names = repositoryService.getDeploymentResourceNames(deploymentId);
    Set<String> matched = new HashSet<>();
    for (ModelFile file : files) {
      String counterpart = names.contains(file.name()) ? file.name() : sameDefinitionIn(file, deploymentId, names);
      if (counterpart == null || !Arrays.equals(file.content(), bytes(deploymentId, counterpart))) {
        return false;
      }
      matched.add(counterpart);
    }
    return matched.size() == files.size();
  }

  private String sameDefinitionIn(ModelFile file, String deploymentId, List<String> names) {
    ModelContent mine = ModelContent.read(file.name(), file.content());
    for (String name : names) {
      ModelContent theirs = ModelContent.read(name, bytes(deploymentId, name));
      boolean same = theirs.type() == mine.type() && theirs.processes().equals(mine.processes())
          && theirs.decisions().equals(mine.decisions())
          && java.util.Objects.equals(theirs.formId(), mine.formId());
      if (same) {
        return name;
      }
    }
    return null;
  }

  private byte[] bytes(String deploymentId, String resourceName) {
    try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resourceName)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void logActive(DeploymentPlan.Deployment planned, String why) {
    for (ModelFile file : planned.files()) {
      for (String key : ModelContent.read(file.name(), file.content()).processes()) {
        ModelVersions.Version active = versions.active(key);
        if (active != null) {
          log.info("Model '{}' ({}): active version {} from deployment {} ({}, deployed by {} at {})", key, why,
              active.version(), active.deploymentId(), active.source(), active.deployedBy(), active.deployedAt());
        }
      }
    }
  }
}
