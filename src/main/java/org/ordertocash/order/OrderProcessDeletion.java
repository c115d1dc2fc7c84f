package org.ordertocash.order;

import org.ordertocash.audit.OrderProcessDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An order whose process an operator deleted is no longer "in review" or "shipping": nothing
 * will move it on, so it is marked PROCESS_DELETED (unless it had already ended), in the same
 * transaction as the deletion.
 */
@Component
class OrderProcessDeletion {

  private final OrderLifecycle lifecycle;

  OrderProcessDeletion(OrderLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @EventListener
  void onDeleted(OrderProcessDeleted deleted) {
    lifecycle.markProcessDeleted(deleted.orderNumber(), deleted.deletedBy(), deleted.reason());
  }
}
