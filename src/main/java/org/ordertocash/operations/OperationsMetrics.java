package org.ordertocash.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ordertocash.identity.Groups;
import org.ordertocash.order.OrderQueryService;
import org.ordertocash.order.OrderStatus;
import org.ordertocash.outbox.OutboxService;
import org.springframework.stereotype.Component;

/**
 * What operators watch, as Prometheus gauges: {@code otc_orders{status}}, {@code otc_open_tasks{group}},
 * {@code otc_jobs_due}, {@code otc_incidents}, {@code otc_outbox_pending}. Counted at most every
 * 15 seconds, however often Prometheus scrapes. (REST latency: {@code http_server_requests} for
 * /api, {@code otc_engine_rest_requests} for /engine-rest.)
 */
@Component
public class OperationsMetrics implements MeterBinder {

  static final Duration REFRESH = Duration.ofSeconds(15);

  private record Snapshot(Instant at, Map<OrderStatus, Long> orders, Map<String, Long> tasks, long jobsDue,
      long incidents, long outboxPending) {}

  private final OrderQueryService orders;
  private final OutboxService outbox;
  private final TaskService tasks;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final Clock clock;
  private volatile Snapshot snapshot;

  public OperationsMetrics(OrderQueryService orders, OutboxService outbox, TaskService tasks,
      ManagementService management, RuntimeService runtime, Clock clock) {
    this.orders = orders;
    this.outbox = outbox;
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (OrderStatus status : OrderStatus.values()) {
      Gauge.builder("otc.orders", () -> current().orders().getOrDefault(status, 0L))
          .description("Orders in this status").tag("status", status.name()).register(registry);
    }
    for (String group : Groups.STAFF) {
      Gauge.builder("otc.open.tasks", () -> current().tasks().getOrDefault(group, 0L))
          .description("Open tasks of this candidate group").tag("group", group).register(registry);
    }
    Gauge.builder("otc.jobs.due", () -> current().jobsDue()).description("Jobs due and not failed").register(registry);
    Gauge.builder("otc.incidents", () -> current().incidents()).description("Open incidents").register(registry);
    Gauge.builder("otc.outbox.pending", () -> current().outboxPending())
        .description("Customer messages waiting to be sent").register(registry);
  }

  private synchronized Snapshot current() {
    Instant now = clock.instant();
    if (snapshot == null || snapshot.at().plus(REFRESH).isBefore(now)) {
      snapshot = count(now);
    }
    return snapshot;
  }

  private Snapshot count(Instant now) {
    Map<String, Long> open = new LinkedHashMap<>();
    Groups.STAFF.forEach(group -> open.put(group, tasks.createTaskQuery().taskCandidateGroup(group).count()));
    return new Snapshot(now, new EnumMap<>(orders.countByStatus()), open,
        management.createJobQuery().executable().count(), runtime.createIncidentQuery().count(), outbox.pendingCount());
  }
}
