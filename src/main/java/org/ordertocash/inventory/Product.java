package org.ordertocash.inventory;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Product {

  @Id
  private String sku;
  private String name;
  /** The product's Chinese name (中文品名); documents in English use {@code name}. */
  private String nameZh;
  private String unit;
  private BigDecimal listPrice;
  private String currency;
  /** VAT on this product, a fraction (0.13 = 13 %); the migration defaults it to 13 %. */
  private BigDecimal vatRate = new BigDecimal("0.1300");
  /** The product category's code; its return window decides how long the product can be returned. */
  private String category = ProductCategory.DEFAULT;

  protected Product() {}

  public Product(String sku, String name, String unit, BigDecimal listPrice, String currency) {
    this.sku = sku;
    this.name = name;
    this.unit = unit;
    this.listPrice = listPrice;
    this.currency = currency;
  }

  public Product(String sku, String name, String unit, BigDecimal listPrice, String currency, String category) {
    this(sku, name, unit, listPrice, currency);
    this.category = category;
  }

  public String getSku() { return sku; }
  public String getName() { return name; }
  public String getNameZh() { return nameZh; }
  public void setNameZh(String nameZh) { this.nameZh = nameZh; }
  public String getUnit() { return unit; }
  public BigDecimal getListPrice() { return listPrice; }
  public BigDecimal getVatRate() { return vatRate; }
  public String getCurrency() { return currency; }
  public String getCategory() { return category; }

  /** Names, unit, category and VAT rate as staff maintain them (the list price changes through {@link ProductPrice}). */
  void update(String name, String nameZh, String unit, String category, BigDecimal vatRate) {
    this.name = name;
    this.nameZh = nameZh;
    this.unit = unit;
    this.category = category;
    this.vatRate = vatRate;
  }

  void setVatRate(BigDecimal vatRate) {
    this.vatRate = vatRate;
  }
}
