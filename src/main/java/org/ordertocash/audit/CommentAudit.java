package org.ordertocash.audit;

import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Comment;

/**
 * Comments on tasks and process instances are not history events and not in the operation log;
 * this interceptor (inside the command context, so in the comment's transaction) records each
 * one with its author and text.
 */
final class CommentAudit extends CommandInterceptor {

  private final AuditTrail trail;
  private final ProcessSubject subjects;

  CommentAudit(AuditTrail trail, ProcessSubject subjects) {
    this.trail = trail;
    this.subjects = subjects;
  }

  @Override
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    if (command instanceof AddCommentCmd && result instanceof Comment comment) {
      trail.record(AuditEntry.of(AuditKind.COMMENT_ADDED, subjects.orderOf(comment.getProcessInstanceId()),
              "Comment by " + comment.getUserId() + ": " + comment.getFullMessage())
          .by(comment.getUserId())
          .with("taskId", comment.getTaskId())
          .with("message", comment.getFullMessage())
          .in(comment.getProcessInstanceId(), null, null));
    }
    return result;
  }
}
