package org.ordertocash.order;

import org.ordertocash.customer.Customer;
import org.ordertocash.customer.CustomerRepository;
import org.ordertocash.customer.Money;
import org.ordertocash.inventory.Product;
import org.ordertocash.inventory.ProductRepository;
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

  private final OrderRepository orders;
  private final CustomerRepository customers;
  private final ProductRepository products;

  public OrderSummaries(OrderRepository orders, CustomerRepository customers, ProductRepository products) {
    this.orders = orders;
    this.customers = customers;
    this.products = products;
  }

  @Transactional(readOnly = true)
  public String markdown(String orderNumber) {
    SalesOrder order = orders.findByNumber(orderNumber)
        .orElseThrow(() -> new IllegalStateException("No order " + orderNumber));
    Customer customer = customers.findById(order.getCustomerCode()).orElseThrow();
    String currency = order.getCurrency();
    StringBuilder text = new StringBuilder()
        .append("**Order ").append(order.getNumber()).append("** — ").append(customer.getName())
        .append(" (").append(customer.getCode()).append(", class ").append(customer.getValueClass())
        .append(")\n\n")
        .append("Entered by ").append(order.getEnteredBy()).append(" via ").append(order.getChannel())
        .append(" · payment terms ").append(order.getPaymentTerms())
        .append(" · delivery requested for ").append(order.getRequestedDeliveryDate())
        .append(" to ").append(order.getDeliveryAddress().oneLine()).append("\n\n")
        .append("| # | Product | Qty | Unit price | List price | Amount |\n")
        .append("|---|---|---:|---:|---:|---:|\n");
    for (OrderLine line : order.getLines()) {
      String name = products.findById(line.getSku()).map(Product::getName).orElse("");
      text.append("| ").append(line.getLineNo()).append(" | ").append(line.getSku()).append(" ").append(name)
          .append(" | ").append(line.getQuantity())
          .append(" | ").append(Money.format(line.getUnitPrice(), currency))
          .append(" | ").append(Money.format(line.getListPrice(), currency))
          .append(" | ").append(Money.format(line.amount(), currency)).append(" |\n");
    }
    return text.append("\n**Total: ").append(Money.format(order.getTotalAmount(), currency)).append("**\n").toString();
  }
}
