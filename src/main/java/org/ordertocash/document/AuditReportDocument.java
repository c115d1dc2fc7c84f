package org.ordertocash.document;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.ordertocash.audit.AuditReportRenderer;
import org.ordertocash.audit.AuditSearch;
import org.ordertocash.audit.AuditTimeline;
import org.ordertocash.audit.ChainVerifier;
import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.springframework.stereotype.Component;

/**
 * The audit report of one order (every record with time, kind, who and what, and the state of the
 * chain when it was printed) and of a search result, laid out like the other documents.
 */
@Component
class AuditReportDocument implements AuditReportRenderer {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final float[] EVENT_COLUMNS = {0.08f, 0.24f, 0.13f, 0.1f, 0.45f};
  private static final float[] ORDER_COLUMNS = {0.17f, 0.12f, 0.23f, 0.15f, 0.11f, 0.1f, 0.12f};

  private final OrderToCashProperties properties;
  private final DocumentLayout layout;
  private final Clock clock;

  AuditReportDocument(OrderToCashProperties properties, DocumentLayout layout, Clock clock) {
    this.properties = properties;
    this.layout = layout;
    this.clock = clock;
  }

  @Override
  public byte[] timeline(AuditTimeline.Timeline timeline, ChainVerifier.Verification verification) {
    List<List<String>> rows = new ArrayList<>();
    for (AuditTimeline.Event e : timeline.events()) {
      rows.add(List.of(Long.toString(e.seq()), time(e.at()), e.kind().replace('_', ' ').toLowerCase(), e.actor(),
          e.summary() + particulars(e.details())));
    }
    Labels labels = properties.labels();
    String title = labels.text("audit.title", timeline.orderNumber());
    return layout.begin(title, labels)
        .title(title)
        .fields(List.of(
            new String[] {labels.text("field.order"), timeline.orderNumber()},
            new String[] {labels.text("audit.printed"), time(clock.instant()) + " (" + zone() + ")"},
            new String[] {labels.text("audit.records"), Integer.toString(timeline.events().size())},
            new String[] {labels.text("audit.processes"),
                String.join(", ", new java.util.LinkedHashSet<>(timeline.processes().values()))},
            new String[] {labels.text("audit.chain"), chain(verification, labels)}))
        .table(List.of("#", labels.text("col.time"), labels.text("col.what"), labels.text("col.who"),
            labels.text("col.detail")), rows, EVENT_COLUMNS, Set.of(0))
        .build();
  }

  @Override
  public byte[] searchResult(List<AuditSearch.Found> orders, String question) {
    List<List<String>> rows = new ArrayList<>();
    for (AuditSearch.Found f : orders) {
      rows.add(List.of(f.orderNumber(), nz(f.customerCode()), time(f.firstAt()), nz(f.status()),
          properties.labels().text(f.managerReviewed() ? "yes" : "no"),
          f.maxDiscountPercent() == null ? "" : f.maxDiscountPercent().stripTrailingZeros().toPlainString() + " %",
          f.deliveredAt() == null ? "" : time(f.deliveredAt()).substring(0, 10)));
    }
    Labels labels = properties.labels();
    String title = labels.text("audit.searchTitle");
    return layout.begin(title, labels)
        .title(title)
        .fields(List.of(new String[] {labels.text("audit.question"),
                question.isBlank() ? labels.text("audit.allOrders") : question},
            new String[] {labels.text("audit.printed"), time(clock.instant()) + " (" + zone() + ")"},
            new String[] {labels.text("audit.found"), Integer.toString(orders.size())}))
        .table(List.of(labels.text("field.order"), labels.text("field.customer"), labels.text("audit.entered"),
            labels.text("audit.status"), labels.text("audit.reviewed"), labels.text("col.discount"),
            labels.text("audit.delivered")), rows, ORDER_COLUMNS, Set.of(5))
        .build();
  }

  /** What the person entered and a decision's matched rules, in the line of their event. */
  private static String particulars(JsonNode details) {
    if (details == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    JsonNode entered = details.path("entered");
    if (entered.isObject() && !entered.isEmpty()) {
      text.append("\nEntered: ");
      entered.fields().forEachRemaining(f -> text.append(f.getKey()).append(" = ").append(f.getValue().asText()).append("; "));
    }
    JsonNode inputs = details.path("inputs");
    if (inputs.isArray()) {
      text.append("\nInputs: ");
      inputs.forEach(i -> text.append(i.path("name").asText()).append(" = ").append(i.path("value").asText()).append("; "));
      text.append("\nOutputs: ");
      details.path("outputs").forEach(o -> text.append(o.path("name").asText()).append(" = ")
          .append(o.path("value").asText()).append("; "));
    }
    if (details.hasNonNull("sha256")) {
      text.append("\nSHA-256 ").append(details.get("sha256").asText());
    }
    if (details.hasNonNull("value") && details.hasNonNull("name")) {
      text.append(" = ").append(details.get("value").asText());
    }
    return text.toString();
  }

  private static String chain(ChainVerifier.Verification verification, Labels labels) {
    return verification.intact()
        ? labels.text("audit.chainIntact", verification.recordsChecked())
        : labels.text("audit.chainBroken", verification.firstBroken().seq(), verification.firstBroken().problem());
  }

  private String time(Instant at) {
    return at == null ? "" : TIME.format(at.atZone(zone()));
  }

  private ZoneId zone() {
    return properties.timeZone();
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
