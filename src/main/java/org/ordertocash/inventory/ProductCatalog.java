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

  public ProductCatalog(ProductRepository products) {
    this.products = products;
  }

  @Transactional(readOnly = true)
  public Optional<ProductView> find(String sku) {
    return products.findById(sku).map(ProductView::of);
  }

  /** The product; {@link DomainException.NotFound} if there is none. */
  @Transactional(readOnly = true)
  public ProductView get(String sku) {
    return find(sku).orElseThrow(() -> new DomainException.NotFound("No product " + sku));
  }

  /** The products of these SKUs that exist, by SKU. */
  @Transactional(readOnly = true)
  public Map<String, ProductView> findAll(Collection<String> skus) {
    return products.findAllById(skus).stream().map(ProductView::of)
        .collect(Collectors.toMap(ProductView::sku, Function.identity(), (a, b) -> a));
  }

  /** A product's name, or "" if there is none (for documents and task texts). */
  @Transactional(readOnly = true)
  public String name(String sku) {
    return find(sku).map(ProductView::name).orElse("");
  }
}
