package org.ordertocash.inventory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ordertocash.audit.AuditEntry;
import org.ordertocash.audit.AuditKind;
import org.ordertocash.audit.AuditTrail;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.OrderToCashProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff maintain products here: create, change names, unit, category and VAT rate, and set list
 * prices with validity dates. Every change is on the audit trail under the SKU.
 */
@Service
@Transactional
public class ProductMasterData {

  private final ProductRepository products;
  private final ProductCategoryRepository categories;
  private final ProductPriceRepository prices;
  private final AuditTrail trail;
  private final OrderToCashProperties properties;
  private final Clock clock;

  ProductMasterData(ProductRepository products, ProductCategoryRepository categories, ProductPriceRepository prices,
      AuditTrail trail, OrderToCashProperties properties, Clock clock) {
    this.products = products;
    this.categories = categories;
    this.prices = prices;
    this.trail = trail;
    this.properties = properties;
    this.clock = clock;
  }

  /** A price and the days it is valid. */
  public record Price(BigDecimal listPrice, String currency, LocalDate validFrom, LocalDate validTo, String createdBy) {
    static Price of(ProductPrice p) {
      return new Price(p.getListPrice(), p.getCurrency(), p.getValidFrom(), p.getValidTo(), p.getCreatedBy());
    }
  }

  public ProductView create(ProductForm form, String actor) {
    if (form.sku() == null) {
      throw new DomainException.InvalidInput("sku", "sku is required: 2 to 40 capital letters, digits or hyphens");
    }
    if (form.listPrice() == null) {
      throw new DomainException.InvalidInput("listPrice", "listPrice is required for a new product");
    }
    requireCategory(form.category());
    if (products.existsById(form.sku())) {
      throw new DomainException.Conflict("Product " + form.sku() + " exists already; change it with PUT /api/products/"
          + form.sku());
    }
    String currency = properties.currency().getCurrencyCode();
    Product product = new Product(form.sku(), form.name().strip(), form.unit(), form.listPrice(), currency,
        form.category());
    product.setNameZh(blankToNull(form.nameZh()));
    product.setVatRate(form.vatRate());
    products.saveAndFlush(product);
    prices.save(new ProductPrice(form.sku(), form.listPrice(), currency, LocalDate.now(clock), null, actor,
        clock.instant()));
    trail.record(entry(form.sku(), "Product " + form.sku() + " created", actor).with("after", snapshot(product)));
    return ProductView.of(product);
  }

  public ProductView update(String sku, ProductForm form, String actor) {
    Product product = product(sku);
    requireCategory(form.category());
    String before = snapshot(product);
    product.update(form.name().strip(), blankToNull(form.nameZh()), form.unit(), form.category(), form.vatRate());
    String after = snapshot(product);
    if (!before.equals(after)) {
      trail.record(entry(sku, "Product " + sku + " changed", actor).with("before", before).with("after", after));
    }
    return ProductView.of(product);
  }

  /** A new list price from {@code validFrom} (until {@code validTo}, or until a later price). */
  public Price addPrice(String sku, BigDecimal listPrice, LocalDate validFrom, LocalDate validTo, String actor) {
    product(sku);
    if (listPrice == null || listPrice.signum() < 0 || listPrice.scale() > 2) {
      throw new DomainException.InvalidInput("listPrice", "listPrice must be an amount of at least 0 with at most two decimals");
    }
    if (validFrom == null) {
      throw new DomainException.InvalidInput("validFrom", "validFrom is required (YYYY-MM-DD)");
    }
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new DomainException.InvalidInput("validTo", "validTo must not be before validFrom");
    }
    if (prices.existsBySkuAndValidFrom(sku, validFrom)) {
      throw new DomainException.Conflict("Product " + sku + " has a price from " + validFrom + " already");
    }
    ProductPrice price = prices.save(new ProductPrice(sku, listPrice, properties.currency().getCurrencyCode(), validFrom,
        validTo, actor, clock.instant()));
    trail.record(entry(sku, "List price of " + sku + ": " + listPrice.toPlainString() + " from " + validFrom
        + (validTo == null ? "" : " to " + validTo), actor));
    return Price.of(price);
  }

  @Transactional(readOnly = true)
  public List<Price> prices(String sku) {
    product(sku);
    return prices.findBySkuOrderByValidFromDesc(sku).stream().map(Price::of).toList();
  }

  private void requireCategory(String category) {
    if (category == null || !categories.existsById(category)) {
      throw new DomainException.InvalidInput("category", "category must be one of " + categories.findAll().stream()
          .map(ProductCategory::getCode).sorted().toList());
    }
  }

  private Product product(String sku) {
    return products.findById(sku).orElseThrow(() -> new DomainException.NotFound("No product " + sku));
  }

  private static AuditEntry entry(String sku, String summary, String actor) {
    return AuditEntry.of(AuditKind.MASTER_DATA_CHANGED, sku, summary).by(actor);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String snapshot(Product p) {
    return String.join("; ", "name=" + p.getName(), "nameZh=" + p.getNameZh(), "unit=" + p.getUnit(),
        "category=" + p.getCategory(), "vatRate=" + p.getVatRate().stripTrailingZeros().toPlainString());
  }
}
