package org.ordertocash.audit;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.ordertocash.config.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Finds orders by what auditors ask: number, customer, period entered, status, a person involved,
 * and questions — approved by whom, a discount above some percent, confirmed without a manager's
 * review, a contract signed only after delivery. Newest first.
 */
@Service
public class AuditSearch {

  static final int MOST = 1000;

  private final JdbcTemplate jdbc;

  AuditSearch(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What to look for, bound from the query string: number, customer, the period entered
   * ({@code from}/{@code to}, inclusive), status, a user involved, and the questions
   * {@code approvedBy}, {@code discountAbove} (percent below list), {@code skippedManagerReview},
   * {@code contractSignedAfterDelivery}; {@code limit} (100, at most 1000).
   */
  public record Criteria(
      @Size(max = 64) String number,
      @Size(max = 20) String customer,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Size(max = 20) String status,
      @Size(max = 100) String user,
      @Size(max = 100) String approvedBy,
      @DecimalMin("0") @DecimalMax("100") BigDecimal discountAbove,
      Boolean skippedManagerReview,
      Boolean contractSignedAfterDelivery,
      @Min(1) @Max(MOST) Integer limit) {}

  public record Found(String orderNumber, String customerCode, Instant firstAt, Instant lastAt, String status,
      boolean managerReviewed, BigDecimal maxDiscountPercent, Instant confirmedAt, Instant deliveredAt,
      Instant contractSignedAt) {}

  public List<Found> find(Criteria c, ZoneId zone) {
    int limit = c.limit() == null ? 100 : c.limit();
    if (c.from() != null && c.to() != null && c.to().isBefore(c.from())) {
      throw new DomainException.InvalidInput("to", "must not be before from");
    }
    StringBuilder sql = new StringBuilder("select o.* from audit_order o where 1 = 1");
    List<Object> args = new ArrayList<>();
    when(sql, args, c.number(), " and o.order_number = ?");
    when(sql, args, c.customer(), " and o.customer_code = ?");
    when(sql, args, c.status(), " and o.status = ?");
    when(sql, args, c.from() == null ? null : Timestamp.from(c.from().atStartOfDay(zone).toInstant()), " and o.first_at >= ?");
    when(sql, args, c.to() == null ? null : Timestamp.from(c.to().plusDays(1).atStartOfDay(zone).toInstant()),
        " and o.first_at < ?");
    when(sql, args, c.discountAbove(), " and o.max_discount_percent > ?");
    when(sql, args, c.user(), " and exists (select 1 from audit_order_user u where u.order_number = o.order_number"
        + " and u.user_id = ? and u.role = 'INVOLVED')");
    when(sql, args, c.approvedBy(), " and exists (select 1 from audit_order_user u where u.order_number = o.order_number"
        + " and u.user_id = ? and u.role = 'APPROVED')");
    if (Boolean.TRUE.equals(c.skippedManagerReview())) {
      sql.append(" and o.confirmed_at is not null and o.manager_reviewed = false");
    }
    if (Boolean.TRUE.equals(c.contractSignedAfterDelivery())) {
      sql.append(" and o.contract_signed_at > o.delivered_at");
    }
    sql.append(" order by o.first_at desc, o.order_number fetch first ").append(limit).append(" rows only");
    return jdbc.query(sql.toString(), (rs, i) -> new Found(rs.getString("order_number"), rs.getString("customer_code"),
        instant(rs.getTimestamp("first_at")), instant(rs.getTimestamp("last_at")), rs.getString("status"),
        rs.getBoolean("manager_reviewed"), rs.getBigDecimal("max_discount_percent"),
        instant(rs.getTimestamp("confirmed_at")), instant(rs.getTimestamp("delivered_at")),
        instant(rs.getTimestamp("contract_signed_at"))), args.toArray());
  }

  private static void when(StringBuilder sql, List<Object> args, Object value, String condition) {
    if (value != null && !(value instanceof String text && text.isBlank())) {
      sql.append(condition);
      args.add(value);
    }
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
