package org.ordertocash.complaint;

import java.util.Map;
import java.util.stream.Collectors;

import org.ordertocash.customer.CustomerView;

/** What the complaint's tasks show: the complaint in readable form, as Markdown. */
final class ComplaintSummaries {

  static final Map<ComplaintChannel, String> CHANNELS = Map.of(ComplaintChannel.PHONE, "by phone",
      ComplaintChannel.EMAIL, "by e-mail", ComplaintChannel.WEB, "on the web site", ComplaintChannel.VISIT, "in person");
  static final Map<ComplaintCategory, String> CATEGORIES = Map.of(ComplaintCategory.PRODUCT, "the product",
      ComplaintCategory.DELIVERY, "the delivery", ComplaintCategory.BILLING, "billing",
      ComplaintCategory.SERVICE, "our service", ComplaintCategory.OTHER, "something else");

  private ComplaintSummaries() {}

  static String markdown(Complaint complaint, CustomerView customer) {
    String lines = complaint.getLines().stream().map(l -> l.getQuantity() + " unit(s) of line " + l.getOrderLineNo())
        .collect(Collectors.joining(", "));
    return "**Complaint " + complaint.getNumber() + "** from " + customer.getName() + " (" + customer.getCode()
        + ", class " + customer.getValueClass() + "), received " + CHANNELS.get(complaint.getChannel())
        + ", about " + CATEGORIES.get(complaint.getCategory())
        + (complaint.getOrderNumber() == null ? "" : ", order " + complaint.getOrderNumber())
        + (lines.isEmpty() ? "" : " (" + lines + ")") + "\n\n> " + complaint.getDescription();
  }
}
