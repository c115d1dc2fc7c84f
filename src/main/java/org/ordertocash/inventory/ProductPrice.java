package org.ordertocash.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A list price valid from a day (and until a day, or open-ended); the latest one valid today counts. */
@Entity
class ProductPrice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String sku;
  private BigDecimal listPrice;
  private String currency;
  private LocalDate validFrom;
  private LocalDate validTo;
  private String createdBy;
  private Instant createdAt;

  protected ProductPrice() {}

  ProductPrice(String sku, BigDecimal listPrice, String currency, LocalDate validFrom, LocalDate validTo,
      String createdBy, Instant createdAt) {
    this.sku = sku;
    this.listPrice = listPrice;
    this.currency = currency;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  boolean validOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
  }

  String getSku() { return sku; }
  BigDecimal getListPrice() { return listPrice; }
  String getCurrency() { return currency; }
  LocalDate getValidFrom() { return validFrom; }
  LocalDate getValidTo() { return validTo; }
  String getCreatedBy() { return createdBy; }
}
