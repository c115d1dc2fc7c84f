package org.ordertocash.identity;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Which open tasks a person sees and may work (docs/adr/0006), without an authorization row per
 * task: the tasks of their candidate groups and the tasks assigned to them, except four-eyes
 * tasks they are excluded from.
 *
 * <p>A four-eyes task carries one identity link of type {@value #FOUR_EYES} per excluded user.
 * Task lists and counts apply the rule in SQL ({@code VisibleTask.xml}: the user's candidate
 * groups or assignee, and no {@value #FOUR_EYES} link for them); {@link #visible} applies it to one
 * task for the commands that name a task.
 */
public final class TaskVisibility {

  /** The identity link type naming a user a four-eyes task is hidden from. */
  public static final String FOUR_EYES = "fourEyes";

  private TaskVisibility() {}

  /** Hides the task from the given users. */
  static void hide(DelegateTask task, List<String> excluded) {
    excluded.forEach(user -> task.addUserIdentityLink(user, FOUR_EYES));
  }

  /** The same rule as the task list's, for one task. */
  static boolean visible(TaskEntity task, String user, Collection<String> groups) {
    boolean mine = user.equals(task.getAssignee()) || task.getIdentityLinks().stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId()));
    return mine && task.getIdentityLinks().stream().noneMatch(link -> isExcluded(link, user));
  }

  private static boolean isExcluded(IdentityLinkEntity link, String user) {
    return FOUR_EYES.equals(link.getType()) && user.equals(link.getUserId());
  }
}
