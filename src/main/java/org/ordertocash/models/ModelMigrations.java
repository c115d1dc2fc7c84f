package org.ordertocash.models;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ordertocash.models.ModelVersions.ModelKind;
import org.ordertocash.models.ModelVersions.Version;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances of a process from one version to another. The plan maps every activity
 * to the one of the same id, plus the given instructions for renamed ones. Each instance is tried
 * in a transaction that is always rolled back: the answer says per instance whether it can
 * migrate and why not, and nothing changes (a dry run). With {@code execute}, the instances that
 * can migrate are migrated as a Camunda batch. Runs as the signed-in user, so the engine checks
 * MIGRATE_INSTANCE and writes the user operation log in their name.
 */
@Service
public class ModelMigrations {

  public record Instruction(String from, String to) {}

  public record Request(Integer from, Integer to, List<Instruction> instructions, Boolean execute) {}

  public record InstanceCheck(String processInstanceId, String businessKey, boolean canMigrate, List<String> problems) {}

  public record Answer(String key, int from, int to, List<Instruction> plan, List<InstanceCheck> instances,
      boolean executed, String batchId) {}

  public record BatchOutcome(String batchId, boolean done, int jobs, int failedJobs, List<String> failures) {}

  /** A request that cannot be planned: unknown versions, an activity that does not exist, an invalid plan. */
  public static class MigrationRefused extends RuntimeException {
    private final boolean notFound;

    MigrationRefused(String message, boolean notFound) {
      super(message);
      this.notFound = notFound;
    }

    public boolean notFound() {
      return notFound;
    }
  }

  private final RuntimeService runtime;
  private final ManagementService management;
  private final HistoryService history;
  private final ModelVersions versions;
  private final TransactionTemplate rolledBack;

  public ModelMigrations(RuntimeService runtime, ManagementService management, HistoryService history,
      ModelVersions versions, PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.management = management;
    this.history = history;
    this.versions = versions;
    this.rolledBack = new TransactionTemplate(transactions);
    this.rolledBack.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
  }

  public Answer migrate(String key, Request request) {
    Version from = processVersion(key, request.from(), "from");
    Version to = processVersion(key, request.to(), "to");
    MigrationPlan plan = plan(from, to, request.instructions() == null ? List.of() : request.instructions());
    List<InstanceCheck> checks = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(from.definitionId()).list()) {
      checks.add(tryOn(plan, instance));
    }
    List<String> migratable = checks.stream().filter(InstanceCheck::canMigrate).map(InstanceCheck::processInstanceId).toList();
    String batchId = null;
    if (Boolean.TRUE.equals(request.execute()) && !migratable.isEmpty()) {
      batchId = runtime.newMigration(plan).processInstanceIds(migratable).executeAsync().getId();
    }
    List<Instruction> instructions = plan.getInstructions().stream()
        .map(instruction -> new Instruction(instruction.getSourceActivityId(), instruction.getTargetActivityId())).toList();
    return new Answer(key, from.version(), to.version(), instructions, checks, batchId != null, batchId);
  }

  /**
   * How a migration batch went: done once every migration job has run (Camunda's own batch
   * monitor notices only every 30 s), and the failures of its jobs.
   */
  public BatchOutcome outcome(String batchId) {
    HistoricBatch batch = history.createHistoricBatchQuery().batchId(batchId).singleResult();
    if (batch == null) {
      throw new MigrationRefused("there is no migration batch " + batchId, true);
    }
    BatchStatistics running = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
    if (running == null) {
      return new BatchOutcome(batchId, true, batch.getTotalJobs(), 0, List.of());
    }
    List<String> failures = new ArrayList<>();
    for (Job job : management.createJobQuery().jobDefinitionId(running.getBatchJobDefinitionId()).withException().list()) {
      failures.add(job.getExceptionMessage());
    }
    boolean done = running.getJobsCreated() == running.getTotalJobs() && running.getRemainingJobs() == 0;
    return new BatchOutcome(batchId, done, running.getTotalJobs(), running.getFailedJobs(), failures);
  }

  private Version processVersion(String key, Integer number, String field) {
    if (number == null) {
      throw new MigrationRefused("'" + field + "' (a version number of '" + key + "') is missing", false);
    }
    Version version = versions.version(key, number);
    if (version == null || version.kind() != ModelKind.PROCESS) {
      throw new MigrationRefused("process '" + key + "' has no version " + number, true);
    }
    return version;
  }

  private MigrationPlan plan(Version from, Version to, List<Instruction> instructions) {
    try {
      MigrationPlanBuilder builder = runtime.createMigrationPlan(from.definitionId(), to.definitionId());
      builder.mapEqualActivities().updateEventTriggers();
      for (Instruction instruction : instructions) {
        if (instruction == null || blank(instruction.from()) || blank(instruction.to())) {
          throw new MigrationRefused("every instruction names the activity id it maps 'from' and 'to'", false);
        }
        builder.mapActivities(instruction.from(), instruction.to()).updateEventTrigger();
      }
      return builder.build();
    } catch (MigrationPlanValidationException e) {
      throw new MigrationRefused("the migration plan is invalid: " + planProblems(e), false);
    }
  }

  /** Migrates one instance in a transaction that is rolled back whatever happens. */
  private InstanceCheck tryOn(MigrationPlan plan, ProcessInstance instance) {
    List<String> problems = new ArrayList<>();
    rolledBack.executeWithoutResult(status -> {
      try {
        runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
      } catch (MigratingProcessInstanceValidationException e) {
        problems.addAll(instanceProblems(e));
      } catch (RuntimeException e) {
        problems.add(e.getMessage());
      } finally {
        status.setRollbackOnly();
      }
    });
    return new InstanceCheck(instance.getId(), instance.getBusinessKey(), problems.isEmpty(), problems);
  }

  private static String planProblems(MigrationPlanValidationException e) {
    List<String> problems = new ArrayList<>();
    for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
      MigrationInstruction instruction = report.getMigrationInstruction();
      report.getFailures().forEach(failure -> problems.add(
          instruction.getSourceActivityId() + " -> " + instruction.getTargetActivityId() + ": " + failure));
    }
    return problems.isEmpty() ? e.getMessage() : String.join("; ", problems);
  }

  private static List<String> instanceProblems(MigratingProcessInstanceValidationException e) {
    List<String> problems = new ArrayList<>(e.getValidationReport().getFailures());
    for (MigratingActivityInstanceValidationReport report : e.getValidationReport().getActivityInstanceReports()) {
      report.getFailures().forEach(failure -> problems.add(report.getSourceScopeId() + ": " + failure));
    }
    for (MigratingTransitionInstanceValidationReport report : e.getValidationReport().getTransitionInstanceReports()) {
      report.getFailures().forEach(failure -> problems.add(report.getSourceScopeId() + ": " + failure));
    }
    return problems;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
