package org.ordertocash.identity;

import java.util.List;

/** The application's Camunda groups. Candidate groups in the models use these ids. */
public final class Groups {

  public static final String SALES = "sales";
  public static final String SALES_MANAGERS = "sales-managers";
  public static final String FINANCE = "finance";
  public static final String LEGAL = "legal";
  public static final String WAREHOUSE = "warehouse";
  public static final String CUSTOMER_SERVICE = "customer-service";
  public static final String PROCESS_OWNERS = "process-owners";
  public static final String AUDITORS = "auditors";
  public static final String ADMINS = "camunda-admin";

  /** Groups whose members work tasks in Tasklist. */
  public static final List<String> STAFF =
      List.of(SALES, SALES_MANAGERS, FINANCE, LEGAL, WAREHOUSE, CUSTOMER_SERVICE);

  /** Who may look at orders, customers and products: staff and auditors. */
  public static final String[] ORDER_READERS =
      {SALES, SALES_MANAGERS, FINANCE, LEGAL, WAREHOUSE, CUSTOMER_SERVICE, AUDITORS};

  /** Who may enter and cancel orders. */
  public static final String[] ORDER_ENTRY = {SALES, SALES_MANAGERS, CUSTOMER_SERVICE};

  private Groups() {}
}
