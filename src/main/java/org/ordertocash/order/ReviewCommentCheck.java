package org.ordertocash.order;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the manager's "Review order" task: a rejection needs a comment (the form
 * asks for one; this holds for REST callers too).
 */
@Component("reviewCommentCheck")
public class ReviewCommentCheck implements TaskListener {

  private final TaskRefusals refusals;

  public ReviewCommentCheck(TaskRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    Object comment = task.getVariable(OrderReviewProcess.REVIEW_COMMENT.name());
    if ("reject".equals(task.getVariable(OrderReviewProcess.REVIEW_DECISION.name())) && (comment == null || comment.toString().isBlank())) {
      throw refusals.of("reviewComment", "reviewComment", task.getVariable(OrderReviewProcess.ORDER_NUMBER.name()));
    }
  }
}
