package org.ordertocash.config;

/**
 * Order of the application's start-up work. All of it runs as Spring Boot
 * {@link org.springframework.boot.ApplicationRunner}s, which Spring Boot calls once the context
 * (and with it the process engine, its schema and the starter's admin user) is fully built, sorted
 * by {@link org.springframework.core.annotation.Order @Order} with these values. Lower runs first.
 * Runners finish before {@code ApplicationReadyEvent} is published.
 *
 * <p>Identity comes first because everything after it (model deployment, demo data) may rely on
 * the groups and authorizations existing. All steps run between {@link #LOCK} and {@link #UNLOCK}:
 * one node at a time ({@code StartupLock}); {@code StartupOrderTest} keeps every runner inside.
 */
public final class StartupOrder {

  /** Before every step: wait until no other node runs its start-up steps ({@code StartupLock}). */
  public static final int LOCK = 0;
  /** Groups and their authorizations ({@code IdentitySetup}). */
  public static final int IDENTITY = 10;
  /** Shared Tasklist filters and their READ grants ({@code TasklistFilterSetup}). */
  public static final int TASKLIST_FILTERS = 11;
  /** Demo users, only with {@code ordertocash.demo.enabled=true} ({@code DemoUsers}). */
  public static final int DEMO_USERS = 12;
  /** Per-task authorization rows of earlier versions turned into task marks ({@code TaskRightsUpgrade}). */
  public static final int TASK_RIGHTS_UPGRADE = 13;
  /** Process models (deployer). */
  public static final int MODELS = 20;
  /** History time to live of earlier versions brought in line with the configuration ({@code HistoryRetention}). */
  public static final int HISTORY_RETENTION = 21;
  /** Demo master data: customers and products ({@code DemoCustomers}, {@code DemoProducts}). */
  public static final int DEMO_DATA = 30;
  /** Demo receivables, which refer to the demo customers ({@code DemoReceivables}). */
  public static final int DEMO_RECEIVABLES = 31;
  /** Demo orders, entered through the order API ({@code DemoOrders}). */
  public static final int DEMO_ORDERS = 32;
  /** After every step: other nodes may run theirs. */
  public static final int UNLOCK = 100;

  private StartupOrder() {}
}
