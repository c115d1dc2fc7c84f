package org.ordertocash.complaint;

import java.util.stream.Collectors;

import org.ordertocash.config.Labels;
import org.ordertocash.customer.CustomerView;

/** What the complaint's tasks show: the complaint in readable form, as Markdown, in the company's language. */
final class ComplaintSummaries {

  private ComplaintSummaries() {}

  static String markdown(Complaint complaint, CustomerView customer, Labels labels) {
    String lines = complaint.getLines().stream()
        .map(l -> labels.text("task.complaint.line", l.getQuantity(), l.getOrderLineNo()))
        .collect(Collectors.joining(labels.text("list.comma")));
    return labels.text("task.complaint.heading", complaint.getNumber(), customer.getName(), customer.getCode(),
            customer.getValueClass(), labels.code(complaint.getChannel()), labels.code(complaint.getCategory()))
        + (complaint.getOrderNumber() == null ? "" : labels.text("task.complaint.order", complaint.getOrderNumber()))
        + (lines.isEmpty() ? "" : labels.text("task.complaint.lines", lines)) + "\n\n> " + complaint.getDescription();
  }
}
