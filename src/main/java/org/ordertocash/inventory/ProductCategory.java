package org.ordertocash.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group of products that share a return window (days after delivery within which they can be returned). */
@Entity
@Table(name = "product_category")
public class ProductCategory {

  static final String DEFAULT = "GENERAL";

  @Id
  private String code;
  private String name;
  private int returnWindowDays;

  protected ProductCategory() {}

  public String getCode() { return code; }
  public String getName() { return name; }
  public int getReturnWindowDays() { return returnWindowDays; }
}
