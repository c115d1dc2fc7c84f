package org.ordertocash.inventory;

import java.math.BigDecimal;

/** A product as other modules see it: read-only. */
public record ProductView(String sku, String name, String unit, BigDecimal listPrice, String currency) {

  static ProductView of(Product p) {
    return new ProductView(p.getSku(), p.getName(), p.getUnit(), p.getListPrice(), p.getCurrency());
  }

  public String getSku() { return sku; }
  public String getName() { return name; }
  public String getUnit() { return unit; }
  public BigDecimal getListPrice() { return listPrice; }
  public String getCurrency() { return currency; }
}
