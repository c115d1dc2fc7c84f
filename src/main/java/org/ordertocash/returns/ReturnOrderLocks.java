package org.ordertocash.returns;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Return requests for one order take turns: each locks the order's row in return_order_lock
 * (created on the first return, in a transaction of its own) until it commits, so two requests
 * cannot both return the last delivered units.
 */
@Component
class ReturnOrderLocks {

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  ReturnOrderLocks(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Locks the order's returns until the caller's transaction ends. */
  void lock(String orderNumber) {
    if (!locked(orderNumber)) {
      ownTransaction.executeWithoutResult(status -> insert(orderNumber));
      locked(orderNumber);
    }
  }

  private boolean locked(String orderNumber) {
    return jdbc.sql("select order_number from return_order_lock where order_number = ? for update")
        .param(orderNumber).query(String.class).optional().isPresent();
  }

  private void insert(String orderNumber) {
    try {
      jdbc.sql("insert into return_order_lock (order_number) values (?)").param(orderNumber).update();
    } catch (DuplicateKeyException alreadyThere) {
      // another request created it a moment ago; its lock is what we wait for next
    }
  }
}
