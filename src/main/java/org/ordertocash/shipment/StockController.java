package org.ordertocash.shipment;

import org.ordertocash.inventory.ProductView;
import org.ordertocash.config.DomainException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.ordertocash.inventory.ProductCatalog;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stock per warehouse, and goods receipts booked by the warehouse. */
@RestController
@RequestMapping("/api/stock")
public class StockController {

  private final StockLedger ledger;
  private final ProductCatalog products;
  private final StockReceiptService receipts;
  private final CurrentUser currentUser;

  public StockController(StockLedger ledger, ProductCatalog products, StockReceiptService receipts,
      CurrentUser currentUser) {
    this.ledger = ledger;
    this.products = products;
    this.receipts = receipts;
    this.currentUser = currentUser;
  }

  @GetMapping
  public List<StockLevel> all() {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return ledger.all().stream().map(StockLevel::of).toList();
  }

  @GetMapping("/{sku}")
  public ProductStock ofProduct(@PathVariable String sku) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    ProductView product = products.find(sku)
        .orElseThrow(() -> new DomainException.NotFound("No product " + sku));
    List<StockLevel> levels = ledger.levels(sku).stream().map(StockLevel::of)
        .sorted(Comparator.comparing(StockLevel::warehouseCode)).toList();
    return new ProductStock(sku, product.getName(), levels.stream().mapToInt(StockLevel::onHand).sum(),
        levels.stream().mapToInt(StockLevel::reserved).sum(), levels.stream().mapToInt(StockLevel::available).sum(),
        levels);
  }

  /**
   * Books incoming goods: 201 the first time, 200 with {@code Idempotent-Replayed: true} when the
   * same reference comes again with the same goods, 409 when it comes with different goods.
   */
  @PostMapping("/receipts")
  public ResponseEntity<ReceiptView> receive(@Valid @RequestBody ReceiptRequest request) {
    currentUser.requireAnyGroup(Groups.WAREHOUSE);
    String reference = request.reference().trim();
    StockReceiptService.Booking booking;
    try {
      booking = receipts.book(reference, request.sku(), request.warehouseCode(), request.quantity(), currentUser.id());
    } catch (DataIntegrityViolationException raced) {
      // the same reference booked at the same moment by another request
      booking = receipts.replay(reference, request.sku(), request.warehouseCode(), request.quantity());
    }
    StockReceipt r = booking.receipt();
    ReceiptView view = new ReceiptView(r.getReference(), r.getSku(), r.getWarehouseCode(), r.getQuantity(),
        r.getReceivedBy(), r.getReceivedAt(), booking.woken());
    return booking.replayed()
        ? ResponseEntity.ok().header("Idempotent-Replayed", "true").body(view)
        : ResponseEntity.status(HttpStatus.CREATED).body(view);
  }

  public record ReceiptRequest(
      @NotBlank @Size(max = 40) String sku,
      @NotBlank @Size(max = 20) String warehouseCode,
      @NotNull @Positive @Max(value = 1_000_000, message = "must not exceed 1000000 per receipt") Integer quantity,
      @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
      String reference) {}

  public record ReceiptView(String reference, String sku, String warehouseCode, int quantity, String receivedBy,
      Instant receivedAt, List<String> woken) {}

  public record StockLevel(String sku, String warehouseCode, int onHand, int reserved, int available) {
    static StockLevel of(StockLedger.Level level) {
      return new StockLevel(level.sku(), level.warehouseCode(), level.onHand(), level.reserved(), level.available());
    }
  }

  public record ProductStock(String sku, String name, int onHand, int reserved, int available,
      List<StockLevel> warehouses) {}
}
