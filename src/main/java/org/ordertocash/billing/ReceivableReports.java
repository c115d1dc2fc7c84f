package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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

  /** Every open receivable, by customer and days past due on {@code asOf}; summed by the database. */
  @Transactional(readOnly = true)
  public AgingReport aging(LocalDate asOf) {
    List<AgingReport.Row> rows = receivables.aging(asOf, asOf.minusDays(30), asOf.minusDays(60), asOf.minusDays(90))
        .stream().map(sums -> AgingReport.Row.of(sums, customers.find(sums.customerCode())
            .map(CustomerView::getName).orElse("")))
        .toList();
    AgingReport.Row total = rows.stream().reduce(AgingReport.Row.empty("", "Total"), AgingReport.Row::plus);
    return new AgingReport(asOf, properties.currency().getCurrencyCode(), rows, total);
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
