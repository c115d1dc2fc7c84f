package org.ordertocash.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.ordertocash.config.DomainException;
import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Products as staff look them up, and as sales managers maintain them. */
@RestController
@RequestMapping("/api/products")
public class ProductController {

  private static final String[] MAINTAINERS = {Groups.SALES_MANAGERS};

  private final ProductRepository products;
  private final StockItemRepository stock;
  private final ProductCatalog catalog;
  private final ProductMasterData masterData;
  private final CurrentUser currentUser;

  public ProductController(ProductRepository products, StockItemRepository stock, ProductCatalog catalog,
      ProductMasterData masterData, CurrentUser currentUser) {
    this.products = products;
    this.stock = stock;
    this.catalog = catalog;
    this.masterData = masterData;
    this.currentUser = currentUser;
  }

  @GetMapping
  public List<ProductListing> list() {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return products.findAllByOrderBySku().stream().map(this::listing).toList();
  }

  @GetMapping("/{sku}")
  public ProductListing get(@PathVariable String sku) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return listing(products.findById(sku).orElseThrow(() -> new DomainException.NotFound("No product " + sku)));
  }

  /** A new product with its first list price, valid from today (sales managers); 409 if the SKU exists. */
  @PostMapping
  public ResponseEntity<ProductListing> create(@Valid @RequestBody ProductForm form) {
    currentUser.requireAnyGroup(MAINTAINERS);
    ProductView created = masterData.create(form, currentUser.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(get(created.sku()));
  }

  /** Changes names, unit, category and VAT rate (sales managers); the SKU and prices stay. */
  @PutMapping("/{sku}")
  public ProductListing update(@PathVariable String sku, @Valid @RequestBody ProductForm form) {
    currentUser.requireAnyGroup(MAINTAINERS);
    masterData.update(sku, form, currentUser.id());
    return get(sku);
  }

  @GetMapping("/{sku}/prices")
  public List<ProductMasterData.Price> prices(@PathVariable String sku) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return masterData.prices(sku);
  }

  /** A list price with its validity: {@code {"listPrice": 219.00, "validFrom": "2027-01-01", "validTo": null}}. */
  @PostMapping("/{sku}/prices")
  public ResponseEntity<ProductMasterData.Price> addPrice(@PathVariable String sku,
      @RequestBody(required = false) PriceChange body) {
    currentUser.requireAnyGroup(MAINTAINERS);
    if (body == null) {
      throw new DomainException.InvalidInput("body", "Send the price as JSON: listPrice, validFrom, validTo");
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(masterData.addPrice(sku, body.listPrice(), body.validFrom(), body.validTo(), currentUser.id()));
  }

  public record PriceChange(BigDecimal listPrice, LocalDate validFrom, LocalDate validTo) {}

  private ProductListing listing(Product p) {
    ProductView priced = catalog.priced(p);
    return new ProductListing(p.getSku(), p.getName(), p.getNameZh(), p.getUnit(), p.getCategory(), p.getVatRate(),
        priced.listPrice(), p.getCurrency(), stock.findBySku(p.getSku()).stream().mapToInt(StockItem::available).sum());
  }

  /** A product with the list price valid today and the stock available in all warehouses. */
  public record ProductListing(String sku, String name, String nameZh, String unit, String category, BigDecimal vatRate,
      BigDecimal listPrice, String currency, int available) {}
}
