package org.ordertocash.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.shipment.StockReservationService.LineReservation;
import org.ordertocash.shipment.StockReservationService.ReservationResult;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reservations on the real database: across warehouses, idempotent, released once, never over stock. */
@AppTest
class StockReservationTest {

  static final ExecutorService THREADS = Executors.newFixedThreadPool(2);

  @Autowired StockReservationService reservations;
  @Autowired ShipmentService shipments;
  @Autowired StockLedger ledger;
  @Autowired OrderLifecycle lifecycle;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  StockFixtures fixtures;
  TransactionTemplate tx;

  @BeforeEach
  void setUp() {
    fixtures = new StockFixtures(jdbc);
    tx = new TransactionTemplate(transactions);
  }

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  @Test
  void oneWarehouseThatCoversTheLineIsPreferredOtherwiseTheLargestFirst() {
    String sku = fixtures.product(Map.of("WH-SH", 3, "WH-GZ", 5));
    String small = fixtures.order(sku, 3);
    String large = fixtures.order(sku, 4);

    ReservationResult first = reservations.reserveOrder(small);
    assertThat(first.isShort()).isFalse();
    assertThat(fixtures.reserved(sku, "WH-SH")).isEqualTo(3); // the smallest stock that covers it

    ReservationResult second = reservations.reserveOrder(large);
    assertThat(second.lines()).containsExactly(new LineReservation(1, sku, 4, 4));
    assertThat(fixtures.reserved(sku, "WH-GZ")).isEqualTo(4);
    assertThat(second.proposal()).isEqualTo("NONE");
  }

  @Test
  void aLineIsSplitAcrossWarehousesAndWhatIsMissingIsReported() {
    String covered = fixtures.product(Map.of("WH-SH", 4));
    String scarce = fixtures.product(Map.of("WH-SH", 3, "WH-GZ", 5));
    String order = fixtures.order(covered, 2, scarce, 10);

    ReservationResult result = reservations.reserveOrder(order);

    assertThat(result.lines()).containsExactly(new LineReservation(1, covered, 2, 2), new LineReservation(2, scarce, 10, 8));
    assertThat(result.isShort()).isTrue();
    assertThat(result.lines().get(1).missing()).isEqualTo(2);
    assertThat(result.proposal()).isEqualTo("SHIP_AVAILABLE_BACKORDER_REST");
    assertThat(result.markdown(OrderToCashProperties.defaults().labels())).contains("| 2 | " + scarce + " | 10 | 8 | **2** |");
    assertThat(fixtures.reserved(scarce, "WH-SH")).isEqualTo(3);
    assertThat(fixtures.reserved(scarce, "WH-GZ")).isEqualTo(5);
    assertThat(fixtures.reservations(scarce, "RESERVED")).isEqualTo(8);
  }

  @Test
  void nothingAvailableProposesToWait() {
    String none = fixtures.product(Map.of("WH-SH", 0));
    ReservationResult result = reservations.reserveOrder(fixtures.order(none, 2));
    assertThat(result.proposal()).isEqualTo("WAIT");
    assertThat(fixtures.reservations(none, "RESERVED")).isZero();
  }

  @Test
  void reservingAgainReservesOnlyWhatIsStillMissing() {
    String sku = fixtures.product(Map.of("WH-SH", 3));
    String order = fixtures.order(sku, 5);
    reservations.reserveOrder(order);
    reservations.reserveOrder(order);
    assertThat(fixtures.reserved(sku, "WH-SH")).isEqualTo(3);
    assertThat(fixtures.reservations(sku, "RESERVED")).isEqualTo(3);

    ledger.receive(sku, "WH-GZ", 10);
    ReservationResult result = reservations.reserveOrder(order);

    assertThat(result.isShort()).isFalse();
    assertThat(fixtures.reserved(sku, "WH-GZ")).isEqualTo(2);
    assertThat(fixtures.reservations(sku, "RESERVED")).isEqualTo(5);
  }

  @Test
  void substitutedLineReleasesTheOriginalProductAndReservesTheSubstitute() {
    String original = fixtures.product(Map.of("WH-SH", 1));
    String substitute = fixtures.product(Map.of("WH-GZ", 9));
    String order = fixtures.order(original, 4);
    reservations.reserveOrder(order);
    assertThat(fixtures.reserved(original, "WH-SH")).isEqualTo(1);

    lifecycle.substituteProduct(order, 1, substitute, "walter", "shortage");
    ReservationResult result = reservations.reserveOrder(order);

    assertThat(result.isShort()).isFalse();
    assertThat(fixtures.reserved(original, "WH-SH")).isZero();
    assertThat(fixtures.reservations(original, "RELEASED")).isEqualTo(1);
    assertThat(fixtures.reserved(substitute, "WH-GZ")).isEqualTo(4);
  }

  @Test
  void releasingGivesEveryUnshippedUnitBackOnce() {
    String sku = fixtures.product(Map.of("WH-SH", 3, "WH-GZ", 2));
    String order = fixtures.order(sku, 5);
    reservations.reserveOrder(order);
    assertThat(fixtures.reservedTotal(sku)).isEqualTo(5);

    assertThat(reservations.releaseOrder(order)).isEqualTo(5);
    assertThat(reservations.releaseOrder(order)).isZero();

    assertThat(fixtures.reservedTotal(sku)).isZero();
    assertThat(fixtures.reservations(sku, "RELEASED")).isEqualTo(5);
  }

  @Test
  void cancellingTheOrderReleasesItsReservationsAndCancelsUnshippedShipmentsAndRequests() {
    String sku = fixtures.product(Map.of("WH-SH", 2));
    String order = fixtures.order(sku, 5);
    reservations.reserveOrder(order);
    List<String> created = tx.execute(s -> shipments.createShipments(order, true));
    assertThat(created).hasSize(2);
    Boolean backorderReserved = tx.execute(s -> shipments.reserveStock(created.get(1)));
    assertThat(backorderReserved).isFalse(); // backorder asks for 3

    tx.executeWithoutResult(s -> lifecycle.cancel(order, "carol", "Customer cancelled"));

    assertThat(fixtures.reservedTotal(sku)).isZero();
    assertThat(shipments.of(order)).extracting(summary -> summary.status()).containsOnly("CANCELLED");
    assertThat(jdbc.sql("select status from replenishment_request where order_number = :o").param("o", order)
        .query(String.class).list()).containsOnly("CANCELLED");
  }

  @Test
  void aBackorderShipmentAsksForWhatItMissesOnceAndIsFulfilledWhenTheGoodsArrive() {
    String sku = fixtures.product(Map.of("WH-SH", 2));
    String order = fixtures.order(sku, 5);
    reservations.reserveOrder(order);
    List<String> created = tx.execute(s -> shipments.createShipments(order, true));
    String initial = created.get(0);
    String backorder = created.get(1);

    // the order's reservation moved to the initial shipment; the backorder has none yet
    assertThat(reservations.ofShipment(initial)).singleElement().satisfies(r -> {
      assertThat(r.getQuantity()).isEqualTo(2);
      assertThat(r.getWarehouseCode()).isEqualTo("WH-SH");
    });
    assertThat(reservations.ofShipment(backorder)).isEmpty();

    assertThat(reserveShipment(backorder)).isFalse();
    assertThat(reserveShipment(backorder)).isFalse();
    assertThat(requests(order)).containsExactly("OPEN " + backorder + " 3");

    ledger.receive(sku, "WH-GZ", 2);
    assertThat(reserveShipment(backorder)).isFalse();
    assertThat(requests(order)).as("the request shrinks to what is still missing").containsExactly("OPEN " + backorder + " 1");

    ledger.receive(sku, "WH-GZ", 5);
    assertThat(reserveShipment(backorder)).isTrue();
    assertThat(requests(order)).containsExactly("FULFILLED " + backorder + " 1");
    assertThat(reservations.ofShipment(backorder)).extracting(StockReservation::getQuantity).containsExactly(2, 1);
    assertThat(fixtures.reserved(sku, "WH-GZ")).isEqualTo(3);

    tx.executeWithoutResult(s -> reservations.issue(initial));
    assertThat(fixtures.onHand(sku, "WH-SH")).isZero();
    assertThat(fixtures.onHand(sku, "WH-GZ")).as("the backorder's goods stay").isEqualTo(7);
    assertThat(fixtures.reservations(sku, "SHIPPED")).isEqualTo(2);
    assertThat(fixtures.reservations(sku, "RESERVED")).isEqualTo(3);
  }

  @Test
  void anOrderShortBeforeShipmentAsksForEachMissingProductOnceUntilReservedInFull() {
    String scarce = fixtures.product(Map.of("WH-SH", 1));
    String covered = fixtures.product(Map.of("WH-SH", 9));
    String order = fixtures.order(scarce, 4, covered, 2);
    reservations.reserveOrder(order);

    tx.executeWithoutResult(s -> reservations.requestReplenishment(order));
    tx.executeWithoutResult(s -> reservations.requestReplenishment(order));
    assertThat(requests(order)).containsExactly("OPEN - 3");
    assertThat(reservations.current(order).lines())
        .containsExactly(new LineReservation(1, scarce, 4, 1), new LineReservation(2, covered, 2, 2));

    ledger.receive(scarce, "WH-GZ", 3);
    assertThat(tx.execute(s -> reservations.reserveOrder(order)).isShort()).isFalse();
    assertThat(requests(order)).containsExactly("FULFILLED - 3");
  }

  private boolean reserveShipment(String number) {
    return Boolean.TRUE.equals(tx.execute(s -> shipments.reserveStock(number)));
  }

  /** The order's replenishment requests as "STATUS shipment quantity", oldest first. */
  private List<String> requests(String order) {
    return jdbc.sql("""
            select status || ' ' || coalesce(shipment_number, '-') || ' ' || quantity
            from replenishment_request where order_number = :o order by id""")
        .param("o", order).query(String.class).list();
  }

  @Test
  void noReservationBeyondOnHandEvenWhenTheLedgerIsAskedDirectly() {
    String sku = fixtures.product(Map.of("WH-SH", 2));
    assertThat(ledger.reserve(sku, "WH-SH", 3)).isFalse();
    assertThat(ledger.reserve(sku, "WH-SH", 2)).isTrue();
    assertThat(ledger.reserve(sku, "WH-SH", 1)).isFalse();
    // and the database refuses a counter update that would bypass the condition
    assertThatThrownBy(() -> jdbc.sql("update stock_item set reserved = 3 where sku = :s").param("s", sku).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  /**
   * One transaction holds the last units' row (reserved, not yet committed) while a second asks
   * for them: the second is seen waiting on the first's lock (H2's session table), and once the
   * first commits it finds them gone.
   */
  @Test
  void aReservationWaitingForAnotherTransactionSeesItsResult() throws Exception {
    String sku = fixtures.product(Map.of("WH-SH", 5));
    CountDownLatch firstReserved = new CountDownLatch(1);
    CountDownLatch commitFirst = new CountDownLatch(1);
    AtomicInteger firstSession = new AtomicInteger();
    Future<Boolean> first = THREADS.submit(() -> tx.execute(s -> {
      boolean ok = ledger.reserve(sku, "WH-SH", 5);
      firstSession.set(jdbc.sql("select session_id()").query(Integer.class).single());
      firstReserved.countDown();
      awaitLatch(commitFirst);
      return ok;
    }));
    assertThat(firstReserved.await(10, TimeUnit.SECONDS)).isTrue();
    Future<Boolean> second = THREADS.submit(() -> tx.execute(s -> ledger.reserve(sku, "WH-SH", 5)));

    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
        "select count(*) from information_schema.sessions where blocker_id = :first")
        .param("first", firstSession.get()).query(Integer.class).single() > 0);
    assertThat(second).as("waits while the first holds the row").isNotDone();
    commitFirst.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
    assertThat(fixtures.reserved(sku, "WH-SH")).isEqualTo(5);
  }

  /** Two orders race for the last units, many times over: together they never reserve more than there is. */
  @Test
  void twoOrdersRacingForTheLastUnitsNeverOverReserve() throws Exception {
    for (int round = 0; round < 15; round++) {
      String sku = fixtures.product(Map.of("WH-SH", 3, "WH-GZ", 2));
      String a = fixtures.order(sku, 4);
      String b = fixtures.order(sku, 4);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<ReservationResult>> results = new ArrayList<>();
      for (String order : List.of(a, b)) {
        results.add(THREADS.submit(() -> {
          go.await();
          return tx.execute(s -> reservations.reserveOrder(order));
        }));
      }
      go.countDown();
      int reserved = 0;
      for (Future<ReservationResult> result : results) {
        reserved += result.get(30, TimeUnit.SECONDS).lines().get(0).reserved();
      }
      assertThat(reserved).as("round %d", round).isEqualTo(5);
      assertThat(fixtures.reservedTotal(sku)).isEqualTo(5);
      assertThat(fixtures.reservations(sku, "RESERVED")).isEqualTo(5);
      assertThat(fixtures.onHand(sku, "WH-SH")).isEqualTo(3);
    }
  }

  /**
   * Two orders for the same two products with their lines in opposite order: stock rows are locked
   * in one order (StockLedger.lockInOrder), so neither waits for a row the other holds while it
   * holds one the first needs. On PostgreSQL this was a deadlock (SalesCyclePostgresIT).
   */
  @Test
  void ordersWithCrossingLinesBothReserve() throws Exception {
    for (int round = 0; round < 10; round++) {
      String x = fixtures.product(Map.of("WH-SH", 3, "WH-GZ", 2));
      String y = fixtures.product(Map.of("WH-SH", 3, "WH-GZ", 2));
      CountDownLatch go = new CountDownLatch(1);
      List<Future<ReservationResult>> results = new ArrayList<>();
      for (String order : List.of(fixtures.order(x, 4, y, 4), fixtures.order(y, 4, x, 4))) {
        results.add(THREADS.submit(() -> {
          go.await();
          return tx.execute(s -> reservations.reserveOrder(order));
        }));
      }
      go.countDown();
      for (Future<ReservationResult> result : results) {
        result.get(30, TimeUnit.SECONDS);
      }
      assertThat(fixtures.reservedTotal(x)).as("round %d", round).isEqualTo(5);
      assertThat(fixtures.reservedTotal(y)).as("round %d", round).isEqualTo(5);
    }
  }

  static void awaitLatch(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
