package org.ordertocash.returns;

import java.util.Map;
import java.util.stream.Collectors;

import org.ordertocash.customer.CustomerView;
import org.ordertocash.inventory.ProductCatalog;
import org.springframework.stereotype.Component;

/** What the return's tasks show: the return in readable form (labels, product names), as Markdown. */
@Component
class ReturnSummaries {

  static final Map<ReturnReason, String> REASONS = Map.of(
      ReturnReason.DEFECTIVE, "Defective",
      ReturnReason.WRONG_ITEM, "Wrong item delivered",
      ReturnReason.DAMAGED_IN_TRANSIT, "Damaged in transit",
      ReturnReason.NOT_AS_DESCRIBED, "Not as described",
      ReturnReason.NO_LONGER_NEEDED, "No longer needed",
      ReturnReason.OTHER, "Other");
  static final Map<ReturnWish, String> WISHES = Map.of(
      ReturnWish.REFUND, "Money back",
      ReturnWish.REPLACEMENT, "The same goods again",
      ReturnWish.EXCHANGE, "Another product");

  private final ProductCatalog products;

  ReturnSummaries(ProductCatalog products) {
    this.products = products;
  }

  String markdown(ReturnRequest request, CustomerView customer) {
    String lines = request.getLines().stream().map(this::line).collect(Collectors.joining("\n"));
    return "**Return " + request.getNumber() + "** of order " + request.getOrderNumber() + " for "
        + customer.getName() + " (" + customer.getCode() + ", class " + customer.getValueClass() + ")\n\n"
        + lines + "\n\n"
        + "**Reason:** " + REASONS.get(request.getReason()) + "  \n"
        + "**The customer wants:** " + WISHES.get(request.getWish()) + "  \n"
        + "**Delivered:** " + request.getDaysSinceDelivery() + " days ago; return window "
        + request.getReturnWindowDays() + " days (" + request.getCategory().toLowerCase().replace('_', ' ') + ")"
        + (request.getClaimNumber() == null ? "" : "  \n**Carrier claim:** " + request.getClaimNumber())
        + (request.getNotes() == null ? "" : "\n\n**Notes:** " + request.getNotes());
  }

  private String line(ReturnLine line) {
    return "- " + line.getQuantity() + " x " + products.name(line.getSku()) + " (" + line.getSku() + ", line "
        + line.getOrderLineNo() + ")"
        + (line.getExchangeSku() == null ? ""
            : ", exchanged for " + products.name(line.getExchangeSku()) + " (" + line.getExchangeSku() + ")");
  }
}
