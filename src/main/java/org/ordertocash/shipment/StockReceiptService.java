package org.ordertocash.shipment;

import org.ordertocash.config.DomainException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.identity.AsSystem;
import org.ordertocash.inventory.ProductCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books incoming goods once per reference and wakes the orders and shipments waiting for the SKU
 * (message StockReplenished, correlated by business key and the waiting event's local variable
 * awaitedStock). The woken processes reserve in jobs of their own, first come, first served; what
 * is still missing keeps its replenishment request open for the next receipt.
 */
@Service
public class StockReceiptService {

  public static final String MESSAGE = "StockReplenished";

  private final StockReceiptRepository receipts;
  private final ReplenishmentRequestRepository requests;
  private final ProductCatalog products;
  private final StockLedger ledger;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final Clock clock;

  public StockReceiptService(StockReceiptRepository receipts, ReplenishmentRequestRepository requests,
      ProductCatalog products, StockLedger ledger, RuntimeService runtimeService, AsSystem asSystem, Clock clock) {
    this.receipts = receipts;
    this.requests = requests;
    this.products = products;
    this.ledger = ledger;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  /** Books the receipt, or answers the one booked before under its reference (409 if it differs). */
  @Transactional
  public Booking book(String reference, String sku, String warehouseCode, int quantity, String user) {
    var earlier = receipts.findByReference(reference);
    if (earlier.isPresent()) {
      return replay(earlier.get(), sku, warehouseCode, quantity);
    }
    if (!products.find(sku).isPresent()) {
      throw new DomainException.InvalidInput("sku", "unknown product " + sku);
    }
    if (!ledger.warehouseExists(warehouseCode)) {
      throw new DomainException.InvalidInput("warehouseCode", "unknown warehouse " + warehouseCode);
    }
    StockReceipt receipt = receipts.saveAndFlush(new StockReceipt(reference, sku, warehouseCode, quantity, user,
        clock.instant()));
    ledger.receive(sku, warehouseCode, quantity);
    return new Booking(receipt, false, wake(sku));
  }

  /** After a lost race for the same reference: the receipt the other request booked. */
  @Transactional(readOnly = true)
  public Booking replay(String reference, String sku, String warehouseCode, int quantity) {
    return replay(receipts.findByReference(reference).orElseThrow(), sku, warehouseCode, quantity);
  }

  private Booking replay(StockReceipt earlier, String sku, String warehouseCode, int quantity) {
    if (!earlier.sameGoods(sku, warehouseCode, quantity)) {
      throw new DomainException.Conflict("Reference " + earlier.getReference()
          + " was booked already for " + earlier.getQuantity() + " x " + earlier.getSku() + " in "
          + earlier.getWarehouseCode());
    }
    return new Booking(earlier, true, List.of());
  }

  /** Wakes whoever waits for the SKU: one correlation per waiting order or shipment. */
  private List<String> wake(String sku) {
    Map<String, String> waiting = new LinkedHashMap<>();
    for (ReplenishmentRequest request : requests.findBySkuAndStatusOrderById(sku, ReplenishmentRequest.Status.OPEN)) {
      waiting.putIfAbsent(request.waitKey(), request.getOrderNumber());
    }
    return waiting.entrySet().stream().filter(w -> asSystem.call(() -> !runtimeService
            .createMessageCorrelation(MESSAGE)
            .processInstanceBusinessKey(w.getValue())
            .localVariableEquals("awaitedStock", w.getKey())
            .correlateAllWithResult().isEmpty()))
        .map(Map.Entry::getKey).toList();
  }

  /** A booked receipt; {@code woken} lists the orders and shipments that now try to reserve again. */
  public record Booking(StockReceipt receipt, boolean replayed, List<String> woken) {}
}
