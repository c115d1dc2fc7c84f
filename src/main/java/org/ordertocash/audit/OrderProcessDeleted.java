package org.ordertocash.audit;

/**
 * An order's umbrella process was deleted from outside (Cockpit, the REST API, a batch): the
 * order module marks the order, so it does not look as if it were still running.
 */
public record OrderProcessDeleted(String orderNumber, String deletedBy, String reason) {}
