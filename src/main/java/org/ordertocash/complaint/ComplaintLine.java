package org.ordertocash.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Units of one order line the complaint is about (what a return, credit or replacement takes). */
@Entity
@Table(name = "complaint_line")
public class ComplaintLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int orderLineNo;
  private int quantity;

  protected ComplaintLine() {}

  ComplaintLine(int orderLineNo, int quantity) {
    this.orderLineNo = orderLineNo;
    this.quantity = quantity;
  }

  public int getOrderLineNo() { return orderLineNo; }
  public int getQuantity() { return quantity; }
}
