package org.ordertocash.inventory;

import java.math.BigDecimal;

/** A product as other modules see it: read-only. */
public record ProductView(String sku, String name, String unit, BigDecimal listPrice, String currency,
    BigDecimal vatRate, String nameZh) {

  public ProductView(String sku, String name, String unit, BigDecimal listPrice, String currency, BigDecimal vatRate) {
    this(sku, name, unit, listPrice, currency, vatRate, null);
  }

  static ProductView of(Product p) {
    return new ProductView(p.getSku(), p.getName(), p.getUnit(), p.getListPrice(), p.getCurrency(), p.getVatRate(),
        p.getNameZh());
  }

  ProductView withListPrice(BigDecimal price) {
    return new ProductView(sku, name, unit, price, currency, vatRate, nameZh);
  }

  public String getSku() { return sku; }
  public String getName() { return name; }

  /** The name in a language: the Chinese name where there is one, else the English. */
  public String name(org.ordertocash.config.Language language) {
    return language == org.ordertocash.config.Language.ZH_CN && nameZh != null && !nameZh.isBlank() ? nameZh : name;
  }
  public String getUnit() { return unit; }
  public BigDecimal getListPrice() { return listPrice; }
  public String getCurrency() { return currency; }
  public BigDecimal getVatRate() { return vatRate; }
}
