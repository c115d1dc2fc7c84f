package org.ordertocash.order;

import org.ordertocash.inventory.ProductView;
import org.ordertocash.customer.CustomerView;
import static org.ordertocash.config.TaskMarkdown.fit;
import static org.ordertocash.config.TaskMarkdown.text;

import org.ordertocash.customer.CustomerDirectory;
import java.util.Optional;

import org.ordertocash.config.Labels;
import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.config.ExposedToModels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Markdown summaries of an order for task forms. User tasks compute one into a task-local
 * variable ({@code ${orderSummaries.markdown(orderNumber)}}), so forms show the order as it is
 * when the task is created without copying the order into process variables.
 */
@ExposedToModels
@Component("orderSummaries")
public class OrderSummaries {

  /** Lines listed in full; the rest are counted (a task variable holds 4,000 characters). */
  static final int SHOWN_LINES = 30;

  private final OrderRepository orders;
  private final CustomerDirectory customers;
  private final ProductCatalog products;
  private final OrderToCashProperties properties;

  public OrderSummaries(OrderRepository orders, CustomerDirectory customers, ProductCatalog products,
      OrderToCashProperties properties) {
    this.orders = orders;
    this.customers = customers;
    this.products = products;
    this.properties = properties;
  }

  @Transactional(readOnly = true)
  public String markdown(String orderNumber) {
    SalesOrder order = orders.findByNumber(orderNumber)
        .orElseThrow(() -> new IllegalStateException("No order " + orderNumber));
    CustomerView customer = customers.get(order.getCustomerCode());
    Labels labels = properties.labels();
    String currency = order.getCurrency();
    StringBuilder text = new StringBuilder()
        .append(labels.text("task.order.heading", order.getNumber(), text(customer.getName()), customer.getCode(),
            customer.getValueClass())).append("\n\n")
        .append(labels.text("task.order.entered", order.getEnteredBy(), labels.code(order.getChannel()),
            labels.code(order.getPaymentTerms()), labels.date(order.getRequestedDeliveryDate()),
            text(order.getDeliveryAddress().oneLine()))).append("\n\n")
        .append(labels.text("task.order.columns")).append("\n")
        .append("|---|---|---:|---:|---:|---:|\n");
    int shown = 0;
    for (OrderLine line : order.getLines()) {
      if (shown++ == SHOWN_LINES) {
        text.append("| … | ").append(labels.text("task.moreLines", order.getLines().size() - SHOWN_LINES))
            .append(" | | | | |\n");
        break;
      }
      Optional<ProductView> product = products.find(line.getSku());
      text.append("| ").append(line.getLineNo()).append(" | ").append(text(line.getSku())).append(" ")
          .append(text(product.map(p -> p.name(labels.language())).orElse("")))
          .append(" | ").append(labels.quantity(line.getQuantity(), product.map(ProductView::getUnit).orElse(null)))
          .append(" | ").append(Money.format(line.getUnitPrice(), currency))
          .append(" | ").append(Money.format(line.getListPrice(), currency))
          .append(" | ").append(Money.format(line.amount(), currency)).append(" |\n");
    }
    text.append("\n").append(labels.text("task.order.total", Money.format(order.getTotalAmount(), currency))).append("\n");
    return fit(text.toString(), labels.text("task.order.shortened", order.getNumber()));
  }
}
