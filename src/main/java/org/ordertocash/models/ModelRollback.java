package org.ordertocash.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.ordertocash.models.ModelContent.Ref;
import org.ordertocash.models.ModelContent.RefKind;
import org.ordertocash.models.ModelVersions.ModelKind;
import org.ordertocash.models.ModelVersions.Version;
import org.springframework.stereotype.Service;

/**
 * Makes an old version the active one again by deploying its files anew: a process with the
 * forms and decisions it carried, or a decision's file (the completer then brings along the
 * processes that bind it, docs/adr/0001). New instances use it; running instances stay where they are.
 * Runs as the signed-in user: the deployment is theirs in the user operation log.
 */
@Service
public class ModelRollback {

  public static final String SOURCE = "rollback";

  public record Result(String key, int rolledBackTo, int newVersion, String deploymentId, List<String> files) {}

  /** The model or version does not exist, or the version is already the active one. */
  public static class RollbackRefused extends RuntimeException {
    private final boolean notFound;

    RollbackRefused(String message, boolean notFound) {
      super(message);
      this.notFound = notFound;
    }

    public boolean notFound() {
      return notFound;
    }
  }

  private final RepositoryService repository;
  private final ModelVersions versions;
  private final ModelComparison comparison;

  public ModelRollback(RepositoryService repository, ModelVersions versions, ModelComparison comparison) {
    this.repository = repository;
    this.versions = versions;
    this.comparison = comparison;
  }

  public Result rollback(String key, int to) {
    Version target = versions.version(key, to);
    if (target == null) {
      throw new RollbackRefused("'" + key + "' has no version " + to, true);
    }
    if (target.active()) {
      throw new RollbackRefused("version " + to + " of '" + key + "' is already the active version", false);
    }
    List<String> files = filesOf(target);
    DeploymentBuilder builder = repository.createDeployment()
        .name(key + " (rollback to version " + to + ")")
        .source(SOURCE);
    for (String file : files) {
      builder.addInputStream(file, new ByteArrayInputStream(comparison.bytes(target.deploymentId(), file)));
    }
    String deploymentId = builder.deployWithResult().getId();
    return new Result(key, to, versions.active(key).version(), deploymentId, files);
  }

  private List<String> filesOf(Version target) {
    String definitionFile = comparison.resourceName(target);
    List<String> files = new ArrayList<>(List.of(definitionFile));
    if (target.kind() == ModelKind.DECISION) {
      return files;
    }
    ModelContent process = ModelContent.read(definitionFile, comparison.definitionBytes(target));
    List<String> names = repository.getDeploymentResourceNames(target.deploymentId());
    for (Ref ref : process.staticRefs()) {
      if (!ref.boundByDeployment() || ref.kind() == RefKind.PROCESS) {
        continue;
      }
      names.stream()
          .filter(name -> !files.contains(name))
          .filter(name -> ModelContent.read(name, comparison.bytes(target.deploymentId(), name)).defines(ref.kind(), ref.key()))
          .findFirst().ifPresent(files::add);
    }
    return files;
  }
}
