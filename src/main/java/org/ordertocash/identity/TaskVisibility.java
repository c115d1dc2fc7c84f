package org.ordertocash.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Which open tasks a person sees and may work (docs/adr/0006), without an authorization row per
 * task: the tasks of their candidate groups and the tasks assigned to them, except four-eyes
 * tasks they are excluded from.
 *
 * <p>A four-eyes task carries the candidate user {@value #FOUR_EYES_MARK} (no real user can have
 * that id) and its excluded users in the task variables {@code fourEyesHidden1..3} (empty when
 * unused). That lets a task query say "no four-eyes mark, or not excluded" with Camunda's own
 * query criteria, so the database filters and pages as usual.
 */
public final class TaskVisibility {

  /** The candidate user marking a four-eyes task; '~' is not allowed in user ids here. */
  public static final String FOUR_EYES_MARK = "~four-eyes";
  /** How many people a four-eyes task can exclude (the proposer and up to two earlier approvers). */
  public static final int SLOTS = 3;

  private TaskVisibility() {}

  public static String slot(int index) {
    return "fourEyesHidden" + index;
  }

  /** Marks the task as four-eyes and hides it from the given users. */
  static void hide(DelegateTask task, List<String> excluded) {
    if (excluded.size() > SLOTS) {
      throw new IllegalStateException("A four-eyes task can exclude at most " + SLOTS + " people; '"
          + task.getName() + "' would exclude " + excluded);
    }
    if (excluded.isEmpty()) {
      return;
    }
    task.addCandidateUser(FOUR_EYES_MARK);
    task.setVariablesLocal(slots(excluded));
  }

  /** The slot variables for the excluded users, unused slots empty. */
  static Map<String, Object> slots(List<String> excluded) {
    Map<String, Object> slots = new LinkedHashMap<>();
    for (int i = 1; i <= SLOTS; i++) {
      slots.put(slot(i), i <= excluded.size() ? excluded.get(i - 1) : "");
    }
    return slots;
  }

  /**
   * Narrows the query to what the user may see: (a candidate group of theirs, or assigned to
   * them) and, for each slot, (not four-eyes, or the slot is not them). Each pair is one
   * "or" block, which Camunda ANDs with the rest of the query.
   */
  static void restrict(TaskQueryImpl query, String user, List<String> groups) {
    TaskQueryImpl mine = orBlock(query);
    if (!groups.isEmpty()) {
      mine.taskCandidateGroupIn(groups).includeAssignedTasks();
    }
    mine.taskAssignee(user);
    for (int i = 1; i <= SLOTS; i++) {
      orBlock(query).notFourEyes().taskVariableValueNotEquals(slot(i), user);
    }
    // The engine prepared the query's variable conditions before it reached the task manager.
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    for (TaskQueryImpl block : query.getQueries()) {
      block.getVariables().forEach(value ->
          value.initialize(configuration.getVariableSerializers(), configuration.getDatabaseType()));
    }
  }

  /** The same rule for one task, for commands that name a task by its id. */
  static boolean visible(TaskEntity task, String user, Collection<String> groups) {
    boolean mine = user.equals(task.getAssignee()) || task.getIdentityLinks().stream()
        .anyMatch(link -> isCandidate(link) && link.getGroupId() != null && groups.contains(link.getGroupId()));
    boolean fourEyes = task.getIdentityLinks().stream()
        .anyMatch(link -> isCandidate(link) && link.getUserId() != null);
    if (!mine || !fourEyes) {
      return mine;
    }
    for (int i = 1; i <= SLOTS; i++) {
      if (Objects.equals(task.getVariableLocal(slot(i)), user)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCandidate(IdentityLinkEntity link) {
    return IdentityLinkType.CANDIDATE.equals(link.getType());
  }

  /** Whether the query carries the restriction already (a query object may run twice: list, then count). */
  static boolean isRestricted(TaskQueryImpl query) {
    return query.getQueries().stream().anyMatch(Block.class::isInstance);
  }

  private static Block orBlock(TaskQueryImpl query) {
    Block block = new Block();
    query.addOrQuery(block);
    return block;
  }

  /** One "or" block of the restriction; its class tells it apart from the caller's own blocks. */
  private static final class Block extends TaskQueryImpl {
    Block() {
      setOrQueryActive();
    }

    /**
     * "Has no candidate user", assigned or not. Camunda's {@code withoutCandidateUsers()} refuses
     * "or" blocks because some candidate criteria join the identity links; this one is a
     * NOT EXISTS sub-query and is as correct inside an "or" block as outside.
     */
    Block notFourEyes() {
      withoutCandidateUsers = true;
      includeAssignedTasks = true;
      return this;
    }
  }
}
