package org.ordertocash.negotiation;

import org.ordertocash.inventory.ProductView;
import static org.ordertocash.config.TaskMarkdown.fit;
import static org.ordertocash.config.TaskMarkdown.text;

import org.ordertocash.config.Money;
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

  public QuotationSummaries(QuotationRepository quotations, NegotiationRepository negotiations) {
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
    StringBuilder text = new StringBuilder()
        .append("**Quotation ").append(number).append(", version ").append(v).append("** for order ")
        .append(quotation.getOrderNumber()).append(" — proposed by ").append(qv.getProposedBy())
        .append(" · status ").append(qv.getStatus()).append("\n\n")
        .append("| # | Product | Qty | List price | Discount | Unit price | Amount |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    for (QuotationLine line : qv.getLines()) {
      text.append("| ").append(line.getLineNo()).append(" | ").append(text(line.getSku()))
          .append(" | ").append(line.getQuantity())
          .append(" | ").append(Money.format(line.getListPrice(), currency))
          .append(" | ").append(line.getDiscountPercent().toPlainString()).append(" %")
          .append(" | ").append(Money.format(line.getUnitPrice(), currency))
          .append(" | ").append(Money.format(line.amount(), currency)).append(" |\n");
    }
    text.append("\n**Total: ").append(Money.format(qv.getTotalAmount(), currency)).append("** · largest discount ")
        .append(qv.getMaxDiscountPercent().toPlainString()).append(" % · payment terms ").append(qv.getPaymentTerms());
    if (qv.getValidUntil() != null) {
      text.append(" · valid until ").append(qv.getValidUntil());
    }
    text.append("\n");
    negotiations.findByOrderNumber(quotation.getOrderNumber()).filter(n -> n.getTargetPrice() != null)
        .ifPresent(n -> text.append("\nTarget price ").append(Money.format(n.getTargetPrice(), currency))
            .append(" · bottom line ").append(Money.format(n.getBottomLine(), currency))
            .append(n.getTeam() == null ? "" : " · team " + text(n.getTeam()))
            .append(qv.getTotalAmount().compareTo(n.getBottomLine()) < 0 ? "\n\n**⚠ The total is below the bottom line.**" : "")
            .append("\n"));
    if (qv.getNote() != null && !qv.getNote().isBlank()) {
      text.append("\nNote from sales: ").append(text(qv.getNote())).append("\n");
    }
    return fit(text.toString(), "… (shortened; the whole quotation: GET /api/quotations/" + number + ")");
  }
}
