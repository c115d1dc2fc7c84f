package org.ordertocash.inventory;

import java.math.BigDecimal;

/** A product as other modules see it: read-only. */
public record ProductView(String sku, String name, String unit, BigDecimal listPrice, String currency,
    BigDecimal vatRate) {

  static ProductView of(Product p) {
    return new ProductView(p.getSku(), p.getName(), p.getUnit(), p.getListPrice(), p.getCurrency(), p.getVatRate());
  }

  public String getSku() { return sku; }
  public String getName() { return name; }
  public String getUnit() { return unit; }
  public BigDecimal getListPrice() { return listPrice; }
  public String getCurrency() { return currency; }
  public BigDecimal getVatRate() { return vatRate; }
}
