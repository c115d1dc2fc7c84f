package org.ordertocash.negotiation;

import org.ordertocash.inventory.ProductView;
import static org.ordertocash.config.TaskMarkdown.fit;
import static org.ordertocash.config.TaskMarkdown.text;

import org.ordertocash.config.Labels;
import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.config.ExposedToModels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Markdown of a quotation version for the approval and follow-up forms: lines with list price,
 * discount and price, terms, total, and the negotiation's target and bottom line.
 */
@ExposedToModels
@Component("quotationSummaries")
public class QuotationSummaries {

  private final QuotationRepository quotations;
  private final NegotiationRepository negotiations;
  private final OrderLifecycle lifecycle;
  private final OrderToCashProperties properties;

  public QuotationSummaries(QuotationRepository quotations, NegotiationRepository negotiations,
      OrderLifecycle lifecycle, OrderToCashProperties properties) {
    this.lifecycle = lifecycle;
    this.properties = properties;
    this.quotations = quotations;
    this.negotiations = negotiations;
  }

  @Transactional(readOnly = true)
  public String markdown(String number, Object version) {
    Quotation quotation = quotations.findByNumber(number)
        .orElseThrow(() -> new IllegalStateException("No quotation " + number));
    int v = ((Number) version).intValue();
    QuotationVersion qv = quotation.version(v).orElseThrow();
    String currency = quotation.getCurrency();
    Labels labels = properties.labels();
    StringBuilder text = new StringBuilder()
        .append(labels.text("task.quotation.heading", number, v, quotation.getOrderNumber(), qv.getProposedBy(),
            labels.code(qv.getStatus()))).append("\n\n")
        .append(labels.text("task.quotation.columns")).append("\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    for (QuotationLine line : qv.getLines()) {
      text.append("| ").append(line.getLineNo()).append(" | ").append(text(line.getSku()))
          .append(" | ").append(line.getQuantity())
          .append(" | ").append(Money.format(line.getListPrice(), currency))
          .append(" | ").append(line.getDiscountPercent().toPlainString()).append(" %")
          .append(" | ").append(Money.format(line.getUnitPrice(), currency))
          .append(" | ").append(Money.format(line.amount(), currency)).append(" |\n");
    }
    text.append("\n").append(labels.text("task.quotation.total", Money.format(qv.getTotalAmount(), currency),
        qv.getMaxDiscountPercent().toPlainString(), labels.code(qv.getPaymentTerms())));
    if (qv.getValidUntil() != null) {
      text.append(labels.text("task.quotation.validUntil", labels.date(qv.getValidUntil())));
    }
    text.append("\n");
    negotiations.findByOrderNumber(quotation.getOrderNumber()).filter(n -> n.getTargetPrice() != null)
        .ifPresent(n -> text.append("\n").append(targets(n, currency, labels))
            .append(n.getTeam() == null ? "" : labels.text("task.quotation.team", text(n.getTeam())))
            .append(qv.getTotalAmount().compareTo(n.getBottomLine()) < 0
                ? "\n\n" + labels.text("task.quotation.belowBottomLine") : "")
            .append("\n"));
    if (qv.getNote() != null && !qv.getNote().isBlank()) {
      text.append("\n").append(labels.text("task.quotation.note", text(qv.getNote()))).append("\n");
    }
    return fit(text.toString(), labels.text("task.quotation.shortened", number));
  }

  /**
   * The negotiation's target price and bottom line as the propose-quotation form shows them
   * ({@code ${quotationSummaries.targets(orderNumber)}}); empty before they are prepared.
   */
  @Transactional(readOnly = true)
  public String targets(String orderNumber) {
    return negotiations.findByOrderNumber(orderNumber).filter(n -> n.getTargetPrice() != null)
        .map(n -> targets(n, lifecycle.order(orderNumber).getCurrency(), properties.labels())).orElse("");
  }

  private static String targets(Negotiation negotiation, String currency, Labels labels) {
    return labels.text("task.quotation.targets", Money.format(negotiation.getTargetPrice(), currency),
        Money.format(negotiation.getBottomLine(), currency));
  }
}
