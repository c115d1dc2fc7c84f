package org.ordertocash.models;

import java.util.List;

import org.ordertocash.config.ApiError;
import org.ordertocash.identity.AsSystem;
import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.ordertocash.models.ModelMigrations.MigrationRefused;
import org.ordertocash.models.ModelRollback.RollbackRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The process owners' view of the models: versions and where they came from, what changed
 * between two, migration of running instances, rollback. Only {@code process-owners} and
 * {@code camunda-admin}. Reads run as the application; migrations and rollbacks as the user, so
 * the engine checks their rights and the user operation log names them.
 */
@RestController
@RequestMapping("/api/models")
public class ModelController {

  public record RollbackRequest(Integer to) {}

  private final ModelVersions versions;
  private final ModelComparison comparison;
  private final ModelMigrations migrations;
  private final ModelRollback rollback;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;

  public ModelController(ModelVersions versions, ModelComparison comparison, ModelMigrations migrations,
      ModelRollback rollback, CurrentUser currentUser, AsSystem asSystem) {
    this.versions = versions;
    this.comparison = comparison;
    this.migrations = migrations;
    this.rollback = rollback;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
  }

  @GetMapping
  public List<ModelVersions.Model> models() {
    requireProcessOwner();
    return asSystem.call(versions::all);
  }

  @GetMapping("/{key}/versions")
  public List<ModelVersions.Version> versions(@PathVariable String key) {
    requireProcessOwner();
    List<ModelVersions.Version> found = asSystem.call(() -> versions.versions(key));
    if (found.isEmpty()) {
      throw notFound("There is no process or decision '" + key + "'");
    }
    return found;
  }

  @GetMapping("/{key}/diff")
  public ModelComparison.Diff diff(@PathVariable String key, @RequestParam int from, @RequestParam int to) {
    requireProcessOwner();
    ModelComparison.Diff diff = asSystem.call(() -> comparison.diff(key, from, to));
    if (diff == null) {
      throw notFound("'" + key + "' has no version " + from + " or no version " + to);
    }
    return diff;
  }

  @PostMapping("/{key}/migrations")
  public ModelMigrations.Answer migrate(@PathVariable String key, @RequestBody ModelMigrations.Request request) {
    requireProcessOwner();
    return migrations.migrate(key, request);
  }

  @GetMapping("/{key}/migrations/{batchId}")
  public ModelMigrations.BatchOutcome migration(@PathVariable String key, @PathVariable String batchId) {
    requireProcessOwner();
    return asSystem.call(() -> migrations.outcome(batchId));
  }

  @PostMapping("/{key}/rollback")
  public ModelRollback.Result rollback(@PathVariable String key, @RequestBody RollbackRequest request) {
    requireProcessOwner();
    if (request.to() == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'to' (the version to roll back to) is missing");
    }
    return rollback.rollback(key, request.to());
  }

  @ExceptionHandler(MigrationRefused.class)
  ResponseEntity<ApiError> migrationRefused(MigrationRefused e) {
    HttpStatus status = e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    return ResponseEntity.status(status).body(ApiError.of(status.value(), e.getMessage()));
  }

  @ExceptionHandler(RollbackRefused.class)
  ResponseEntity<ApiError> rollbackRefused(RollbackRefused e) {
    HttpStatus status = e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
    return ResponseEntity.status(status).body(ApiError.of(status.value(), e.getMessage()));
  }

  private void requireProcessOwner() {
    currentUser.requireAnyGroup(Groups.PROCESS_OWNERS);
  }

  private static ResponseStatusException notFound(String message) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
  }
}
