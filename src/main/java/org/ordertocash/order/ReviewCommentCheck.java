package org.ordertocash.order;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the manager's "Review order" task: a rejection needs a comment (the form
 * asks for one; this holds for REST callers too).
 */
@Component("reviewCommentCheck")
public class ReviewCommentCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object comment = task.getVariable(OrderReviewProcess.REVIEW_COMMENT.name());
    if ("reject".equals(task.getVariable(OrderReviewProcess.REVIEW_DECISION.name())) && (comment == null || comment.toString().isBlank())) {
      throw TaskRefusal.of("reviewComment", "A comment is required to reject order " + task.getVariable(OrderReviewProcess.ORDER_NUMBER.name()));
    }
  }
}
