package org.ordertocash.returns;

import java.util.stream.Collectors;

import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.inventory.ProductView;
import org.springframework.stereotype.Component;

/**
 * What the return's tasks show: the return in readable form (labels, product names), as Markdown,
 * in the company's language.
 */
@Component
class ReturnSummaries {

  private final ProductCatalog products;
  private final OrderToCashProperties properties;

  ReturnSummaries(ProductCatalog products, OrderToCashProperties properties) {
    this.products = products;
    this.properties = properties;
  }

  String markdown(ReturnRequest request, CustomerView customer) {
    Labels labels = properties.labels();
    String lines = request.getLines().stream().map(line -> line(line, labels)).collect(Collectors.joining("\n"));
    return labels.text("task.return.heading", request.getNumber(), request.getOrderNumber(), customer.getName(),
            customer.getCode(), customer.getValueClass()) + "\n\n"
        + lines + "\n\n"
        + labels.text("task.return.reason", labels.code(request.getReason())) + "  \n"
        + labels.text("task.return.wish", labels.code(request.getWish())) + "  \n"
        + labels.text("task.return.delivered", request.getDaysSinceDelivery(), request.getReturnWindowDays(),
            labels.code("ProductCategory", request.getCategory()))
        + (request.getClaimNumber() == null ? "" : "  \n" + labels.text("task.return.claim", request.getClaimNumber()))
        + (request.getNotes() == null ? "" : "\n\n" + labels.text("task.return.notes", request.getNotes()));
  }

  private String line(ReturnLine line, Labels labels) {
    return "- " + labels.text("task.return.line", labels.quantity(line.getQuantity(), unit(line.getSku())),
        name(line.getSku(), labels), line.getSku(), line.getOrderLineNo())
        + (line.getExchangeSku() == null ? ""
            : labels.text("task.return.exchange", name(line.getExchangeSku(), labels), line.getExchangeSku()));
  }

  private String name(String sku, Labels labels) {
    return products.find(sku).map(product -> product.name(labels.language())).orElse("");
  }

  private String unit(String sku) {
    return products.find(sku).map(ProductView::getUnit).orElse(null);
  }
}
