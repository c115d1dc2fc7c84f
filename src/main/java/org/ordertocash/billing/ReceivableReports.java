package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ordertocash.config.DomainException;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports on what customers owe, for finance and auditors. */
@Service
public class ReceivableReports {

  private final ReceivableRepository receivables;
  private final CustomerDirectory customers;
  private final OrderToCashProperties properties;
  private final InvoiceRepository invoices;

  ReceivableReports(ReceivableRepository receivables, CustomerDirectory customers, OrderToCashProperties properties,
      InvoiceRepository invoices) {
    this.invoices = invoices;
    this.receivables = receivables;
    this.customers = customers;
    this.properties = properties;
  }

  /** Every open receivable, by customer and days past due on {@code asOf}. */
  @Transactional(readOnly = true)
  public AgingReport aging(LocalDate asOf) {
    Map<String, AgingReport.Row> rows = new TreeMap<>();
    for (Receivable open : receivables.findByOpenAmountGreaterThan(BigDecimal.ZERO)) {
      long daysPastDue = ChronoUnit.DAYS.between(open.getDueDate(), asOf);
      AgingReport.Row row = rows.computeIfAbsent(open.getCustomerCode(), code -> AgingReport.Row.empty(code,
          customers.find(code).map(CustomerView::getName).orElse("")));
      rows.put(open.getCustomerCode(), row.plus(daysPastDue, open.getOpenAmount()));
    }
    List<AgingReport.Row> lines = List.copyOf(rows.values());
    AgingReport.Row total = lines.stream().reduce(AgingReport.Row.empty("", "Total"), AgingReport.Row::plus);
    return new AgingReport(asOf, properties.currency().getCurrencyCode(), lines, total);
  }

  /** Days sales outstanding over the {@code days} up to {@code asOf}. */
  @Transactional(readOnly = true)
  public DsoReport dso(LocalDate asOf, int days) {
    if (days < 1 || days > 366) {
      throw new DomainException.InvalidInput("days", "The period is 1 to 366 days, not " + days);
    }
    return DsoReport.of(asOf, days, properties.currency().getCurrencyCode(), receivables.sumAllOpenAmounts(),
        invoices.sumGrossIssuedBetween(Invoice.Kind.INVOICE, asOf.minusDays(days - 1L), asOf));
  }
}
