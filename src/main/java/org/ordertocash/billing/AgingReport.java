package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.ordertocash.config.Csv;

/**
 * Open receivables per customer by how long they are past due on {@code asOf}: not yet due,
 * 0-30, 31-60, 61-90 and more than 90 days. Amounts are what is open today.
 */
public record AgingReport(LocalDate asOf, String currency, List<Row> customers, Row total) {

  public record Row(String customer, String name, BigDecimal notDue, BigDecimal days0To30, BigDecimal days31To60,
      BigDecimal days61To90, BigDecimal over90, BigDecimal total) {

    static Row empty(String customer, String name) {
      BigDecimal zero = BigDecimal.ZERO.setScale(2);
      return new Row(customer, name, zero, zero, zero, zero, zero, zero);
    }

    static Row of(AgingSums sums, String name) {
      BigDecimal total = sums.notDue().add(sums.days0To30()).add(sums.days31To60()).add(sums.days61To90())
          .add(sums.over90());
      return new Row(sums.customerCode(), name, cents(sums.notDue()), cents(sums.days0To30()),
          cents(sums.days31To60()), cents(sums.days61To90()), cents(sums.over90()), cents(total));
    }

    private static BigDecimal cents(BigDecimal amount) {
      return amount.setScale(2);
    }

    Row plus(Row other) {
      return new Row(customer, name, notDue.add(other.notDue), days0To30.add(other.days0To30),
          days31To60.add(other.days31To60), days61To90.add(other.days61To90), over90.add(other.over90),
          total.add(other.total));
    }
  }

  /** The report as CSV, one line per customer and a total line. */
  public String csv() {
    StringBuilder csv = new StringBuilder("customer,name,not_due,days_0_30,days_31_60,days_61_90,over_90,total\n");
    for (Row row : customers) {
      line(csv, row);
    }
    line(csv, total);
    return csv.toString();
  }

  private static void line(StringBuilder csv, Row row) {
    csv.append(Csv.quoted(row.customer())).append(',').append(Csv.quoted(row.name())).append(',')
        .append(row.notDue().toPlainString()).append(',').append(row.days0To30().toPlainString()).append(',')
        .append(row.days31To60().toPlainString()).append(',').append(row.days61To90().toPlainString()).append(',')
        .append(row.over90().toPlainString()).append(',').append(row.total().toPlainString()).append('\n');
  }
}
