package org.ordertocash.order;

import org.ordertocash.inventory.ProductView;
import org.ordertocash.customer.CustomerView;
import static org.ordertocash.config.TaskMarkdown.fit;
import static org.ordertocash.config.TaskMarkdown.text;

import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.config.Money;
import org.ordertocash.inventory.Product;
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

  public OrderSummaries(OrderRepository orders, CustomerDirectory customers, ProductCatalog products) {
    this.orders = orders;
    this.customers = customers;
    this.products = products;
  }

  @Transactional(readOnly = true)
  public String markdown(String orderNumber) {
    SalesOrder order = orders.findByNumber(orderNumber)
        .orElseThrow(() -> new IllegalStateException("No order " + orderNumber));
    CustomerView customer = customers.get(order.getCustomerCode());
    String currency = order.getCurrency();
    StringBuilder text = new StringBuilder()
        .append("**Order ").append(order.getNumber()).append("** — ").append(text(customer.getName()))
        .append(" (").append(customer.getCode()).append(", class ").append(customer.getValueClass())
        .append(")\n\n")
        .append("Entered by ").append(order.getEnteredBy()).append(" via ").append(order.getChannel())
        .append(" · payment terms ").append(order.getPaymentTerms())
        .append(" · delivery requested for ").append(order.getRequestedDeliveryDate())
        .append(" to ").append(text(order.getDeliveryAddress().oneLine())).append("\n\n")
        .append("| # | Product | Qty | Unit price | List price | Amount |\n")
        .append("|---|---|---:|---:|---:|---:|\n");
    int shown = 0;
    for (OrderLine line : order.getLines()) {
      if (shown++ == SHOWN_LINES) {
        text.append("| … | ").append(order.getLines().size() - SHOWN_LINES).append(" more lines | | | | |\n");
        break;
      }
      String name = products.find(line.getSku()).map(ProductView::getName).orElse("");
      text.append("| ").append(line.getLineNo()).append(" | ").append(text(line.getSku())).append(" ").append(text(name))
          .append(" | ").append(line.getQuantity())
          .append(" | ").append(Money.format(line.getUnitPrice(), currency))
          .append(" | ").append(Money.format(line.getListPrice(), currency))
          .append(" | ").append(Money.format(line.amount(), currency)).append(" |\n");
    }
    text.append("\n**Total: ").append(Money.format(order.getTotalAmount(), currency)).append("**\n");
    return fit(text.toString(), "… (shortened; the whole order: GET /api/orders/" + order.getNumber() + ")");
  }
}
