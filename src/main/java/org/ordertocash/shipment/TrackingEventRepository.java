package org.ordertocash.shipment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrackingEventRepository extends JpaRepository<TrackingEvent, Long> {

  List<TrackingEvent> findByShipmentNumberOrderByOccurredAtAscIdAsc(String shipmentNumber);

  Optional<TrackingEvent> findFirstByShipmentNumberAndCarrierEventId(String shipmentNumber, String carrierEventId);

  Optional<TrackingEvent> findFirstByShipmentNumberAndTypeAndOccurredAt(String shipmentNumber,
      TrackingEventType type, Instant occurredAt);

  @Query("select max(e.occurredAt) from TrackingEvent e where e.shipmentNumber = ?1 and e.applied = true")
  Optional<Instant> latestAppliedAt(String shipmentNumber);
}
