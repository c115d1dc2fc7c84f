package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class OnceMoreAfterRaceTest {

  final AtomicInteger runs = new AtomicInteger();

  @Test
  void aRequestThatLostARaceOnARowItChangesRunsAgain() {
    String booked = OnceMoreAfterRace.run(() -> {
      if (runs.incrementAndGet() < 3) {
        throw new OptimisticLockException("Row was updated or deleted by another transaction");
      }
      return "booked";
    });

    assertThat(booked).isEqualTo("booked");
    assertThat(runs).hasValue(3);
  }

  @Test
  void aConflictThatKeepsComingIsPassedOnAfterThreeMoreRuns() {
    assertThatThrownBy(() -> OnceMoreAfterRace.run(() -> {
      runs.incrementAndGet();
      throw new org.camunda.bpm.engine.OptimisticLockingException("ENGINE-03005");
    })).isInstanceOf(org.camunda.bpm.engine.OptimisticLockingException.class);
    assertThat(runs).hasValue(1 + OnceMoreAfterRace.CONFLICT_RETRIES);
  }

  @Test
  void aLostUniqueKeyRunsOnceMoreOnly() {
    assertThatThrownBy(() -> OnceMoreAfterRace.run(() -> {
      runs.incrementAndGet();
      throw new DataIntegrityViolationException("duplicate key");
    })).isInstanceOf(DataIntegrityViolationException.class);
    assertThat(runs).hasValue(2);
  }
}
