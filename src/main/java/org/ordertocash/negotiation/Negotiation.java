package org.ordertocash.negotiation;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** The negotiation of one order: what sales aims for, who takes part, and how it ended. */
@Entity
public class Negotiation {

  public enum Status { OPEN, AGREED, LOST, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String orderNumber;
  @Enumerated(EnumType.STRING)
  private Status status;
  private BigDecimal targetPrice;
  private BigDecimal bottomLine;
  private String team;
  private String materials;
  private String preparedBy;
  private String lostReason;
  private String competitor;
  private String closedBy;
  private Instant createdAt;
  @Version
  private int rowVersion;

  protected Negotiation() {}

  Negotiation(String orderNumber, Instant createdAt) {
    this.orderNumber = orderNumber;
    this.createdAt = createdAt;
    this.status = Status.OPEN;
  }

  void prepare(BigDecimal targetPrice, BigDecimal bottomLine, String team, String materials, String by) {
    this.targetPrice = targetPrice;
    this.bottomLine = bottomLine;
    this.team = team;
    this.materials = materials;
    this.preparedBy = by;
  }

  /** A negotiation that was closed is opened again when the order comes back to negotiation. */
  void reopen() {
    this.status = Status.OPEN;
    this.lostReason = null;
    this.competitor = null;
    this.closedBy = null;
  }

  void agree(String by) {
    this.status = Status.AGREED;
    this.closedBy = by;
  }

  void lose(String reason, String competitor, String by) {
    this.status = Status.LOST;
    this.lostReason = reason;
    this.competitor = competitor;
    this.closedBy = by;
  }

  /** The order was cancelled while negotiating. */
  void cancel(String by) {
    this.status = Status.CANCELLED;
    this.closedBy = by;
  }

  public Long getId() { return id; }
  public String getOrderNumber() { return orderNumber; }
  public Status getStatus() { return status; }
  public BigDecimal getTargetPrice() { return targetPrice; }
  public BigDecimal getBottomLine() { return bottomLine; }
  public String getTeam() { return team; }
  public String getMaterials() { return materials; }
  public String getPreparedBy() { return preparedBy; }
  public String getLostReason() { return lostReason; }
  public String getCompetitor() { return competitor; }
  public String getClosedBy() { return closedBy; }
  public Instant getCreatedAt() { return createdAt; }
}
