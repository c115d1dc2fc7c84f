package org.ordertocash.shipment;

import org.ordertocash.config.Labels;
import org.ordertocash.order.OrderSnapshot;
import static org.ordertocash.config.TaskMarkdown.fit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.shipment.StockReservation.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves stock for order lines and shipments across warehouses, releases it on cancellation
 * and issues it when goods leave. Every method can run again (a retried job) without reserving,
 * releasing or issuing anything twice: it looks at what is already recorded first.
 *
 * <p>What locks stock rows commits on its own, before the caller's transaction (a job's, with the
 * engine's flush, or a request's) goes on: a popular product's row is held for a few milliseconds,
 * not for the rest of the caller's work (issue 16, bench/load's hot-product run). If the caller
 * then rolls back, its retry finds the reservation made and books nothing twice.
 */
@Service
@Transactional
public class StockReservationService {

  /** Gives up after this many lost races for one line in one call (the next call tries again). */
  private static final int MAX_ATTEMPTS = 20;

  private final StockLedger ledger;
  private final StockReservationRepository reservations;
  private final ReplenishmentRequestRepository requests;
  private final OrderLifecycle lifecycle;
  private final Clock clock;

  public StockReservationService(StockLedger ledger, StockReservationRepository reservations,
      ReplenishmentRequestRepository requests, OrderLifecycle lifecycle, Clock clock) {
    this.ledger = ledger;
    this.reservations = reservations;
    this.requests = requests;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  /**
   * Reserves what each order line still misses (before the order has shipments). Reservations of a
   * line whose product was substituted are released first. Closes the order's open replenishment
   * requests once nothing is missing.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public ReservationResult reserveOrder(String orderNumber) {
    OrderSnapshot order = lifecycle.order(orderNumber);
    List<StockReservation> existing = reservations.findByOrderNumberOrderById(orderNumber);
    ledger.lockInOrder(skus(order.getLines().stream().map(OrderSnapshot.Line::getSku), existing));
    List<LineReservation> lines = new ArrayList<>();
    for (OrderSnapshot.Line line : order.getLines()) {
      for (StockReservation r : existing) {
        if (r.getLineNo() == line.getLineNo() && r.getStatus() == Status.RESERVED
            && !r.getSku().equals(line.getSku())) {
          release(r);
        }
      }
      int have = existing.stream().filter(r -> r.getLineNo() == line.getLineNo() && r.getSku().equals(line.getSku())
          && r.getStatus() != Status.RELEASED).mapToInt(StockReservation::getQuantity).sum();
      int need = line.getQuantity() - have;
      int got = need > 0 ? reserve(orderNumber, line.getLineNo(), line.getSku(), need, null) : 0;
      lines.add(new LineReservation(line.getLineNo(), line.getSku(), line.getQuantity(), have + got));
    }
    ReservationResult result = new ReservationResult(lines);
    if (!result.isShort()) {
      closeRequests(orderNumber, null, ReplenishmentRequest.Status.FULFILLED);
    }
    return result;
  }

  /**
   * Reserves what a shipment's lines still miss. Returns true once it is fully reserved (its open
   * replenishment requests are then fulfilled); otherwise asks for replenishment of what is
   * missing (one open request per SKU) and returns false.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean reserveShipment(Shipment shipment) {
    List<StockReservation> existing = reservations.findByShipmentNumberOrderById(shipment.getNumber());
    ledger.lockInOrder(skus(shipment.getLines().stream().map(ShipmentLine::getSku), List.of()));
    boolean complete = true;
    for (ShipmentLine line : shipment.getLines()) {
      int have = existing.stream().filter(r -> r.getLineNo() == line.getLineNo() && r.getStatus() != Status.RELEASED)
          .mapToInt(StockReservation::getQuantity).sum();
      int need = line.getQuantity() - have;
      if (need > 0) {
        int got = reserve(shipment.getOrderNumber(), line.getLineNo(), line.getSku(), need, shipment.getNumber());
        if (got < need) {
          complete = false;
          requestReplenishment(shipment.getOrderNumber(), shipment.getNumber(), line.getSku(), need - got);
        }
      }
    }
    if (complete) {
      closeRequests(shipment.getOrderNumber(), shipment.getNumber(), ReplenishmentRequest.Status.FULFILLED);
    }
    return complete;
  }

  /** What the order's lines have reserved so far (before shipments), without reserving more. */
  @Transactional(readOnly = true)
  public ReservationResult current(String orderNumber) {
    OrderSnapshot order = lifecycle.order(orderNumber);
    List<StockReservation> existing = reservations.findByOrderNumberOrderById(orderNumber);
    return new ReservationResult(order.getLines().stream().map(line -> new LineReservation(line.getLineNo(),
        line.getSku(), line.getQuantity(), existing.stream().filter(r -> r.getLineNo() == line.getLineNo()
            && r.getSku().equals(line.getSku()) && r.getStatus() != Status.RELEASED)
            .mapToInt(StockReservation::getQuantity).sum())).toList());
  }

  /** Opens a replenishment request for the order (no shipment yet) per missing SKU, once. */
  public void requestReplenishment(String orderNumber) {
    for (LineReservation line : current(orderNumber).lines()) {
      if (line.missing() > 0) {
        requestReplenishment(orderNumber, null, line.sku(), line.missing());
      }
    }
  }

  /** The order-level reservations (no shipment yet) of a line move to a shipment. */
  public void assign(String orderNumber, int lineNo, String shipmentNumber) {
    reservations.findByOrderNumberOrderById(orderNumber).stream()
        .filter(r -> r.getLineNo() == lineNo && r.getShipmentNumber() == null && r.getStatus() == Status.RESERVED)
        .forEach(r -> r.assignTo(shipmentNumber));
  }

  /** The warehouses a shipment's goods are reserved in. */
  @Transactional(readOnly = true)
  public List<StockReservation> ofShipment(String shipmentNumber) {
    return reservations.findByShipmentNumberOrderById(shipmentNumber);
  }

  /** Goods of the shipment leave the warehouse: its reservations are SHIPPED, on hand goes down. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void issue(String shipmentNumber) {
    List<StockReservation> issued = reservations.findByShipmentNumberOrderById(shipmentNumber);
    ledger.lockInOrder(skus(Stream.empty(), issued));
    for (StockReservation r : issued) {
      if (r.getStatus() == Status.RESERVED) {
        ledger.issue(r.getSku(), r.getWarehouseCode(), r.getQuantity());
        r.changeStatus(Status.SHIPPED, clock.instant());
      }
    }
  }

  /**
   * Releases every reservation of the order not yet shipped and cancels its open replenishment
   * requests. Releasing again releases nothing more.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public int releaseOrder(String orderNumber) {
    int released = 0;
    List<StockReservation> existing = reservations.findByOrderNumberOrderById(orderNumber);
    ledger.lockInOrder(skus(Stream.empty(), existing));
    for (StockReservation r : existing) {
      if (r.getStatus() == Status.RESERVED) {
        release(r);
        released += r.getQuantity();
      }
    }
    for (ReplenishmentRequest request : requests.findByOrderNumberOrderById(orderNumber)) {
      if (request.getStatus() == ReplenishmentRequest.Status.OPEN) {
        request.close(ReplenishmentRequest.Status.CANCELLED, clock.instant());
      }
    }
    return released;
  }

  /** The SKUs given plus those of the still reserved reservations: the stock rows a call may change. */
  private static Set<String> skus(Stream<String> skus, List<StockReservation> existing) {
    return Stream.concat(skus, existing.stream().filter(r -> r.getStatus() == Status.RESERVED).map(StockReservation::getSku))
        .collect(Collectors.toSet());
  }

  private void release(StockReservation r) {
    ledger.release(r.getSku(), r.getWarehouseCode(), r.getQuantity());
    r.changeStatus(Status.RELEASED, clock.instant());
  }

  /**
   * Reserves up to {@code need} units: from one warehouse if one can cover them (the one with the
   * least stock that does, keeping larger stocks whole), otherwise from the largest stocks first. A
   * conditional update lost to another order re-reads the stock and tries again.
   */
  private int reserve(String orderNumber, int lineNo, String sku, int need, String shipmentNumber) {
    int got = 0;
    for (int attempt = 0; attempt < MAX_ATTEMPTS && got < need; attempt++) {
      int missing = need - got;
      List<StockLedger.Level> levels = ledger.levels(sku).stream().filter(l -> l.available() > 0).toList();
      if (levels.isEmpty()) {
        break;
      }
      StockLedger.Level pick = levels.stream().filter(l -> l.available() >= missing).reduce((a, b) -> b)
          .orElse(levels.get(0));
      int quantity = Math.min(missing, pick.available());
      if (ledger.reserve(sku, pick.warehouseCode(), quantity)) {
        reservations.save(new StockReservation(orderNumber, lineNo, sku, pick.warehouseCode(), quantity,
            shipmentNumber, clock.instant()));
        got += quantity;
      }
    }
    return got;
  }

  private void requestReplenishment(String orderNumber, String shipmentNumber, String sku, int missing) {
    ReplenishmentRequest open = requests.findByOrderNumberOrderById(orderNumber).stream()
        .filter(r -> r.getStatus() == ReplenishmentRequest.Status.OPEN && r.getSku().equals(sku)
            && Objects.equals(r.getShipmentNumber(), shipmentNumber))
        .findFirst().orElse(null);
    if (open == null) {
      requests.save(new ReplenishmentRequest(sku, missing, orderNumber, shipmentNumber, clock.instant()));
    } else if (open.getQuantity() != missing) {
      open.changeQuantity(missing);
    }
  }

  private void closeRequests(String orderNumber, String shipmentNumber, ReplenishmentRequest.Status status) {
    requests.findByOrderNumberOrderById(orderNumber).stream()
        .filter(r -> r.getStatus() == ReplenishmentRequest.Status.OPEN
            && Objects.equals(r.getShipmentNumber(), shipmentNumber))
        .forEach(r -> r.close(status, clock.instant()));
  }

  /** Per order line: ordered, reserved and missing units. */
  public record LineReservation(int lineNo, String sku, int ordered, int reserved) {
    public int missing() {
      return Math.max(0, ordered - reserved);
    }
  }

  public record ReservationResult(List<LineReservation> lines) {

    public boolean isShort() {
      return lines.stream().anyMatch(l -> l.missing() > 0);
    }

    /** What the shortage decision proposes: backorder the rest if anything can ship, else wait. */
    public String proposal() {
      if (!isShort()) {
        return "NONE";
      }
      return lines.stream().anyMatch(l -> l.reserved() > 0) ? "SHIP_AVAILABLE_BACKORDER_REST" : "WAIT";
    }

    /** Lines with something missing first; beyond 30 rows only a count (a task variable holds 4,000 characters). */
    public String markdown(Labels labels) {
      StringBuilder text = new StringBuilder(labels.text("task.reservation.columns")).append("\n|---:|---|---:|---:|---:|\n");
      List<LineReservation> missingFirst = lines.stream()
          .sorted(java.util.Comparator.comparing((LineReservation line) -> line.missing() == 0)).toList();
      for (LineReservation line : missingFirst.subList(0, Math.min(30, missingFirst.size()))) {
        text.append("| ").append(line.lineNo()).append(" | ").append(line.sku()).append(" | ").append(line.ordered())
            .append(" | ").append(line.reserved()).append(" | ")
            .append(line.missing() > 0 ? "**" + line.missing() + "**" : "0").append(" |\n");
      }
      if (missingFirst.size() > 30) {
        text.append("| … | ").append(labels.text("task.moreLines", missingFirst.size() - 30)).append(" | | | |\n");
      }
      return fit(text.toString(), labels.text("task.shortened"));
    }
  }
}
