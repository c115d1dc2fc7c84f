package org.ordertocash.billing;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One billed order line: what shipped of it, at the order's price, with its VAT. */
@Entity
@Table(name = "invoice_line")
class InvoiceLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int lineNo;
  private String sku;
  private String description;
  private int quantity;
  private BigDecimal unitPrice;
  private BigDecimal vatRate;
  private BigDecimal netAmount;
  private BigDecimal taxAmount;
  private BigDecimal grossAmount;

  protected InvoiceLine() {}

  InvoiceLine(int lineNo, String sku, String description, int quantity, BigDecimal unitPrice, BigDecimal vatRate,
      LineAmounts amounts) {
    this.lineNo = lineNo;
    this.sku = sku;
    this.description = description;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.vatRate = vatRate;
    this.netAmount = amounts.net();
    this.taxAmount = amounts.tax();
    this.grossAmount = amounts.gross();
  }

  int getLineNo() { return lineNo; }
  String getSku() { return sku; }
  String getDescription() { return description; }
  int getQuantity() { return quantity; }
  BigDecimal getUnitPrice() { return unitPrice; }
  BigDecimal getVatRate() { return vatRate; }
  LineAmounts amounts() { return new LineAmounts(netAmount, taxAmount, grossAmount); }
}
