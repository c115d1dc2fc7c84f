package org.ordertocash.shipment;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Loads a shipment for update, so tracking events of one shipment are recorded one after another. */
public interface ShipmentLocks extends Repository<Shipment, Long> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from Shipment s where s.number = ?1")
  Optional<Shipment> lock(String number);
}
