package org.ordertocash.inventory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ordertocash.config.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inventory module's API for products: read-only, by SKU. */
@Service
public class ProductCatalog {

  private final ProductRepository products;
  private final ProductCategoryRepository categories;
  private final ProductPriceRepository prices;
  private final java.time.Clock clock;

  public ProductCatalog(ProductRepository products, ProductCategoryRepository categories, ProductPriceRepository prices,
      java.time.Clock clock) {
    this.products = products;
    this.categories = categories;
    this.prices = prices;
    this.clock = clock;
  }

  /**
   * The product with the list price valid today: among the prices whose validity covers today, one
   * with an end date (a temporary price, a promotion) before open-ended ones, then the latest to
   * start; without any, the price it was created with.
   */
  ProductView priced(Product product) {
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    ProductView view = ProductView.of(product);
    return prices.findBySkuOrderByValidFromDesc(product.getSku()).stream().filter(p -> p.validOn(today))
        .min(java.util.Comparator.comparing((ProductPrice p) -> p.getValidTo() == null)
            .thenComparing(ProductPrice::getValidFrom, java.util.Comparator.reverseOrder()))
        .map(p -> view.withListPrice(p.getListPrice())).orElse(view);
  }

  /** The product's category and its return window; {@link DomainException.NotFound} if there is no such product. */
  @Transactional(readOnly = true)
  public ReturnPolicy returnPolicy(String sku) {
    Product product = products.findById(sku).orElseThrow(() -> new DomainException.NotFound("No product " + sku));
    ProductCategory category = categories.findById(product.getCategory())
        .orElseThrow(() -> new IllegalStateException("Product " + sku + " has no category " + product.getCategory()));
    return new ReturnPolicy(sku, category.getCode(), category.getReturnWindowDays());
  }

  @Transactional(readOnly = true)
  public Optional<ProductView> find(String sku) {
    return products.findById(sku).map(this::priced);
  }

  /** The product; {@link DomainException.NotFound} if there is none. */
  @Transactional(readOnly = true)
  public ProductView get(String sku) {
    return find(sku).orElseThrow(() -> new DomainException.NotFound("No product " + sku));
  }

  /** The products of these SKUs that exist, by SKU. */
  @Transactional(readOnly = true)
  public Map<String, ProductView> findAll(Collection<String> skus) {
    return products.findAllById(skus).stream().map(this::priced)
        .collect(Collectors.toMap(ProductView::sku, Function.identity(), (a, b) -> a));
  }

  /** A product's name, or "" if there is none (for documents and task texts). */
  @Transactional(readOnly = true)
  public String name(String sku) {
    return find(sku).map(ProductView::name).orElse("");
  }
}
