package org.ordertocash.audit;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records the engine events still held at the end of a transaction; runs before the audit
 * trail's own synchronization (highest precedence), which then chains them with the rest.
 */
final class HeldRelease implements TransactionSynchronization {

  private final EngineHistoryAudit audit;

  HeldRelease(EngineHistoryAudit audit) {
    this.audit = audit;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void beforeCommit(boolean readOnly) {
    audit.releaseHeld();
  }

  @Override
  public void afterCompletion(int status) {
    TransactionSynchronizationManager.unbindResourceIfPossible(audit);
  }
}
