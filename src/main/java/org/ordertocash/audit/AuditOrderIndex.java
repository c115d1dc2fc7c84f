package org.ordertocash.audit;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code audit_order} and {@code audit_order_user} in step with the records just chained:
 * the order's customer, status and its dates, whether a manager reviewed it, the deepest discount,
 * and who took part. Runs under the chain's lock, so no two appenders update one order at once.
 */
final class AuditOrderIndex {

  private static final Set<String> APPROVALS = Set.of("Task_ReviewOrder", "Task_ApproveQuotation");

  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  AuditOrderIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void apply(List<AuditRecord> records) {
    Map<String, Summary> touched = new LinkedHashMap<>();
    for (AuditRecord r : records) {
      if (r.orderNumber() != null) {
        touched.computeIfAbsent(r.orderNumber(), Summary::new).add(r, details(r));
      }
    }
    touched.values().forEach(this::save);
  }

  private void save(Summary s) {
    List<Summary> stored = jdbc.query("""
        select customer_code, first_at, status, manager_reviewed, max_discount_percent, confirmed_at, delivered_at,
          contract_signed_at from audit_order where order_number = ?""", (rs, i) -> {
          Summary before = new Summary(s.order);
          before.customer = rs.getString(1);
          before.firstAt = instant(rs.getTimestamp(2));
          before.status = rs.getString(3);
          before.managerReviewed = rs.getBoolean(4);
          before.discount = rs.getBigDecimal(5);
          before.confirmedAt = instant(rs.getTimestamp(6));
          before.deliveredAt = instant(rs.getTimestamp(7));
          before.contractSignedAt = instant(rs.getTimestamp(8));
          return before;
        }, s.order);
    if (stored.isEmpty()) {
      jdbc.update("""
          insert into audit_order (order_number, customer_code, first_at, last_at, status, manager_reviewed,
            max_discount_percent, confirmed_at, delivered_at, contract_signed_at) values (?,?,?,?,?,?,?,?,?,?)""",
          s.order, s.customer, ts(s.firstAt), ts(s.lastAt), s.status, s.managerReviewed, s.discount,
          ts(s.confirmedAt), ts(s.deliveredAt), ts(s.contractSignedAt));
    } else {
      Summary merged = stored.get(0).followedBy(s);
      jdbc.update("""
          update audit_order set customer_code = ?, last_at = ?, status = ?, manager_reviewed = ?,
            max_discount_percent = ?, confirmed_at = ?, delivered_at = ?, contract_signed_at = ?
          where order_number = ?""",
          merged.customer, ts(s.lastAt), merged.status, merged.managerReviewed, merged.discount,
          ts(merged.confirmedAt), ts(merged.deliveredAt), ts(merged.contractSignedAt), s.order);
    }
    for (String[] person : s.people) {
      // one statement, no read first; audit_chain_head (one row) is the row source H2 and PostgreSQL share
      jdbc.update("""
          insert into audit_order_user (order_number, user_id, role) select ?, ?, ? from audit_chain_head
          where id = 1 and not exists (select 1 from audit_order_user
            where order_number = ? and user_id = ? and role = ?)""",
          s.order, person[0], person[1], s.order, person[0], person[1]);
    }
  }

  private JsonNode details(AuditRecord r) {
    try {
      return r.details() == null ? json.missingNode() : json.readTree(r.details());
    } catch (java.io.IOException e) {
      return json.missingNode();
    }
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }

  private static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  /** What one batch of records says about one order. */
  private static final class Summary {
    final String order;
    Instant firstAt;
    Instant lastAt;
    String customer;
    String status;
    boolean managerReviewed;
    BigDecimal discount;
    Instant confirmedAt;
    Instant deliveredAt;
    Instant contractSignedAt;
    final Set<String[]> people = new LinkedHashSet<>();
    private final Set<String> seen = new LinkedHashSet<>();

    Summary(String order) {
      this.order = order;
    }

    /** What is known after this summary's records and then {@code later}'s. */
    Summary followedBy(Summary later) {
      Summary merged = new Summary(order);
      merged.customer = later.customer != null ? later.customer : customer;
      merged.status = later.status != null ? later.status : status;
      merged.managerReviewed = managerReviewed || later.managerReviewed;
      merged.discount = discount == null || (later.discount != null && later.discount.compareTo(discount) > 0)
          ? later.discount : discount;
      merged.confirmedAt = confirmedAt != null ? confirmedAt : later.confirmedAt;
      merged.deliveredAt = deliveredAt != null ? deliveredAt : later.deliveredAt;
      merged.contractSignedAt = contractSignedAt != null ? contractSignedAt : later.contractSignedAt;
      return merged;
    }

    void add(AuditRecord r, JsonNode details) {
      if (firstAt == null) {
        firstAt = r.recordedAt();
      }
      lastAt = r.recordedAt();
      switch (AuditKind.valueOf(r.kind())) {
        case VARIABLE_SET -> variable(details);
        case STATUS_CHANGED -> status(details.path("status").asText(null), r.recordedAt());
        case TASK_COMPLETED -> task(r, details);
        default -> { }
      }
      if (!"system".equals(r.actor())) {
        person(r.actor(), "INVOLVED");
      }
    }

    private void variable(JsonNode details) {
      String name = details.path("name").asText("");
      JsonNode value = details.path("value");
      if ("customerCode".equals(name) && value.isTextual()) {
        customer = value.asText();
      } else if ("priceDeviationPercent".equals(name) && value.isNumber()) {
        BigDecimal percent = value.decimalValue();
        discount = discount == null || percent.compareTo(discount) > 0 ? percent : discount;
      }
    }

    private void status(String newStatus, Instant at) {
      if (newStatus == null) {
        return;
      }
      status = newStatus;
      switch (newStatus) {
        case "CONFIRMED" -> confirmedAt = confirmedAt == null ? at : confirmedAt;
        case "DELIVERED" -> deliveredAt = deliveredAt == null ? at : deliveredAt;
        case "CONTRACT_SIGNED" -> contractSignedAt = contractSignedAt == null ? at : contractSignedAt;
        default -> { }
      }
    }

    private void task(AuditRecord r, JsonNode details) {
      if ("Task_ReviewOrder".equals(r.activityId())) {
        managerReviewed = true;
      }
      JsonNode entered = details.path("entered");
      boolean approved = "approve".equals(entered.path("reviewDecision").asText())
          || "approve".equals(entered.path("approvalDecision").asText());
      if (APPROVALS.contains(r.activityId()) && approved) {
        person(r.actor(), "APPROVED");
      }
    }

    private void person(String user, String role) {
      if (user != null && seen.add(user + "/" + role)) {
        people.add(new String[] {user, role});
      }
    }
  }
}
