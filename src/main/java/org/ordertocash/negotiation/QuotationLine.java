package org.ordertocash.negotiation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.ordertocash.config.Money;

/** A line of a quotation version: the order line's product and quantity at the quoted price. */
@Entity
public class QuotationLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int lineNo;
  private String sku;
  private int quantity;
  private BigDecimal listPrice;
  private BigDecimal unitPrice;
  private BigDecimal discountPercent;

  protected QuotationLine() {}

  QuotationLine(int lineNo, String sku, int quantity, BigDecimal listPrice, BigDecimal unitPrice) {
    this.lineNo = lineNo;
    this.sku = sku;
    this.quantity = quantity;
    this.listPrice = listPrice;
    this.unitPrice = unitPrice.setScale(2, RoundingMode.HALF_UP);
    this.discountPercent = discount(listPrice, this.unitPrice);
  }

  /** Percent below list price (0 at or above list). */
  static BigDecimal discount(BigDecimal listPrice, BigDecimal unitPrice) {
    return Money.discountPercent(listPrice, unitPrice);
  }

  /** The unit price for a discount in percent below list price. */
  static BigDecimal priceFor(BigDecimal listPrice, BigDecimal discountPercent) {
    return listPrice.multiply(BigDecimal.valueOf(100).subtract(discountPercent))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  public BigDecimal amount() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }

  public int getLineNo() { return lineNo; }
  public String getSku() { return sku; }
  public int getQuantity() { return quantity; }
  public BigDecimal getListPrice() { return listPrice; }
  public BigDecimal getUnitPrice() { return unitPrice; }
  public BigDecimal getDiscountPercent() { return discountPercent; }
}
