package org.ordertocash.inventory;

import static org.ordertocash.config.TaskMarkdown.fit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ordertocash.config.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks whether stock (on hand minus reserved, over all warehouses) covers requested lines. */
@Service
public class StockAvailabilityService {

  /** Days a replenishment takes; a delivery date at least this far away can wait for it. */
  static final int REPLENISHMENT_LEAD_DAYS = 14;

  private final StockItemRepository stock;
  private final Clock clock;

  public StockAvailabilityService(StockItemRepository stock, Clock clock) {
    this.stock = stock;
    this.clock = clock;
  }

  /** @param quantities requested quantity per SKU, in line order */
  @Transactional(readOnly = true)
  public StockCheck check(Map<String, Integer> quantities, LocalDate requestedDeliveryDate) {
    List<LineAvailability> lines = new ArrayList<>();
    quantities.forEach((sku, quantity) -> lines.add(new LineAvailability(sku, quantity,
        stock.findBySku(sku).stream().mapToInt(StockItem::available).sum())));
    return new StockCheck(lines, proposal(lines, requestedDeliveryDate));
  }

  private StockProposal proposal(List<LineAvailability> lines, LocalDate requestedDeliveryDate) {
    if (lines.stream().allMatch(LineAvailability::covered)) {
      return StockProposal.NONE;
    }
    if (!requestedDeliveryDate.isBefore(LocalDate.now(clock).plusDays(REPLENISHMENT_LEAD_DAYS))) {
      return StockProposal.WAIT;
    }
    return lines.stream().anyMatch(line -> line.available() > 0)
        ? StockProposal.PARTIAL_DELIVERY
        : StockProposal.BACKORDER;
  }

  public record LineAvailability(String sku, int requested, int available) {
    public boolean covered() {
      return available >= requested;
    }
  }

  public record StockCheck(List<LineAvailability> lines, StockProposal proposal) {

    static final int SHOWN_ROWS = 30;

    public boolean allAvailable() {
      return proposal == StockProposal.NONE;
    }

    /** Short lines first; beyond 30 rows only a count of the lines not shown (a task variable holds 4,000 characters). */
    public String summaryMarkdown(Labels labels) {
      StringBuilder text = new StringBuilder(labels.text("task.stock.columns")).append("\n|---|---:|---:|---|\n");
      List<LineAvailability> shortFirst = lines.stream()
          .sorted(java.util.Comparator.comparing(LineAvailability::covered)).toList();
      for (LineAvailability line : shortFirst.subList(0, Math.min(SHOWN_ROWS, shortFirst.size()))) {
        text.append("| ").append(line.sku()).append(" | ").append(line.requested()).append(" | ")
            .append(line.available()).append(" | ").append(labels.text(line.covered() ? "task.stock.ok" : "task.stock.short"))
            .append(" |\n");
      }
      if (shortFirst.size() > SHOWN_ROWS) {
        text.append("| … | ").append(labels.text("task.moreLines", shortFirst.size() - SHOWN_ROWS)).append(" | | |\n");
      }
      return fit(text.toString(), labels.text("task.shortened"));
    }
  }
}
