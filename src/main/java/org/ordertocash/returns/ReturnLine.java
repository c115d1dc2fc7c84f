package org.ordertocash.returns;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One order line's returned quantity, and for an exchange the product wanted instead. */
@Entity
@Table(name = "return_line")
public class ReturnLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int orderLineNo;
  private String sku;
  private int quantity;
  private String exchangeSku;

  protected ReturnLine() {}

  ReturnLine(int orderLineNo, String sku, int quantity, String exchangeSku) {
    this.orderLineNo = orderLineNo;
    this.sku = sku;
    this.quantity = quantity;
    this.exchangeSku = exchangeSku;
  }

  public int getOrderLineNo() { return orderLineNo; }
  public String getSku() { return sku; }
  public int getQuantity() { return quantity; }
  public String getExchangeSku() { return exchangeSku; }
}
