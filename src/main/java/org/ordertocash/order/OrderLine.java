package org.ordertocash.order;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ordertocash.config.Money;

@Entity
@Table(name = "sales_order_line")
public class OrderLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int lineNo;
  private String sku;
  private int quantity;
  private BigDecimal unitPrice;
  private BigDecimal listPrice;

  protected OrderLine() {}

  OrderLine(int lineNo, String sku, int quantity, BigDecimal unitPrice, BigDecimal listPrice) {
    this.lineNo = lineNo;
    this.sku = sku;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.listPrice = listPrice;
  }

  public BigDecimal amount() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }

  /** How far the price is below list, in percent (0 when at or above list). */
  public BigDecimal discountPercent() {
    return Money.discountPercent(listPrice, unitPrice);
  }

  void resetToListPrice() {
    this.unitPrice = listPrice;
  }

  void substitute(String newSku, BigDecimal newListPrice) {
    this.sku = newSku;
    this.listPrice = newListPrice;
  }

  void changeUnitPrice(BigDecimal newPrice) {
    this.unitPrice = newPrice;
  }

  public int getLineNo() { return lineNo; }
  public String getSku() { return sku; }
  public int getQuantity() { return quantity; }
  public BigDecimal getUnitPrice() { return unitPrice; }
  public BigDecimal getListPrice() { return listPrice; }
}
