package org.ordertocash.billing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One step in a bill's life: where it went, why, who recorded it and when. */
@Entity
class BillEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Enumerated(EnumType.STRING)
  private Bill.Status status;
  private String detail;
  private String recordedBy;
  private Instant recordedAt;

  protected BillEvent() {}

  BillEvent(Bill.Status status, String detail, String recordedBy, Instant recordedAt) {
    this.status = status;
    this.detail = detail;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  Bill.Status getStatus() { return status; }
  String getDetail() { return detail; }
  String getRecordedBy() { return recordedBy; }
  Instant getRecordedAt() { return recordedAt; }
}
