package org.ordertocash.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.document.DocumentView;
import org.ordertocash.order.OrderRepository;
import org.ordertocash.order.OrderStatus;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The shipment rules on the real database: creation, planning, shipping, delivery, replacement. */
@AppTest
class ShipmentServiceTest {

  static final LocalDate TODAY = LocalDate.now();

  @Autowired ShipmentService shipments;
  @Autowired StockReservationService reservations;
  @Autowired ShipmentRepository repository;
  @Autowired OrderRepository orders;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  StockFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new StockFixtures(jdbc);
  }

  <T> T tx(Supplier<T> work) {
    return new TransactionTemplate(transactions).execute(s -> work.get());
  }

  static ShipmentPlan carrier(LocalDate date, String service) {
    return new ShipmentPlan(date, ShippingMethod.CARRIER, "SF Express", service, 1, new BigDecimal("2.5"));
  }

  List<String> reservedShipments(String order, boolean backorder) {
    return tx(() -> {
      reservations.reserveOrder(order);
      return shipments.createShipments(order, backorder);
    });
  }

  @Test
  void shipmentsAreCreatedOnceAndNeverLeaveAShortageUnhandled() {
    String sku = fixtures.product(Map.of("WH-SH", 1));
    String order = fixtures.order(sku, 2);
    tx(() -> reservations.reserveOrder(order));

    assertThatThrownBy(() -> tx(() -> shipments.createShipments(order, false)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("short of stock");
    List<String> created = tx(() -> shipments.createShipments(order, true));
    assertThat(tx(() -> shipments.createShipments(order, true))).isEqualTo(created);
    assertThat(repository.findByOrderNumberOrderById(order)).hasSize(2);
    assertThat(created.get(0)).matches("SH-" + TODAY.getYear() + "-\\d{6}");
  }

  @Test
  void planIsCheckedFieldByField() {
    String number = reservedShipments(fixtures.order(fixtures.product(Map.of("WH-SH", 5)), 1), false).get(0);

    assertInvalid(number, new ShipmentPlan(null, ShippingMethod.OWN_FLEET, null, null, 1, BigDecimal.ONE), "plannedShipDate");
    assertInvalid(number, new ShipmentPlan(TODAY.minusDays(1), ShippingMethod.OWN_FLEET, null, null, 1, BigDecimal.ONE), "plannedShipDate");
    assertInvalid(number, new ShipmentPlan(LocalDate.of(9999, 12, 31), ShippingMethod.OWN_FLEET, null, null, 1, BigDecimal.ONE), "plannedShipDate");
    assertInvalid(number, new ShipmentPlan(TODAY, null, null, null, 1, BigDecimal.ONE), "shippingMethod");
    assertInvalid(number, new ShipmentPlan(TODAY, ShippingMethod.CARRIER, " ", "EXPRESS", 1, BigDecimal.ONE), "carrier");
    assertInvalid(number, new ShipmentPlan(TODAY, ShippingMethod.CARRIER, "SF", null, 1, BigDecimal.ONE), "carrierService");
    assertInvalid(number, new ShipmentPlan(TODAY, ShippingMethod.OWN_FLEET, null, null, 0, BigDecimal.ONE), "packages");
    assertInvalid(number, new ShipmentPlan(TODAY, ShippingMethod.OWN_FLEET, null, null, 1, BigDecimal.ZERO), "weightKg");
    assertThat(repository.findByNumber(number).orElseThrow().getStatus()).isEqualTo(ShipmentStatus.TO_PLAN);
  }

  void assertInvalid(String number, ShipmentPlan plan, String field) {
    assertThatThrownBy(() -> tx(() -> shipments.plan(number, plan)))
        .isInstanceOfSatisfying(InvalidShipmentPlan.class, e -> assertThat(e.getField()).isEqualTo(field));
  }

  @Test
  void promisedDeliveryDateFollowsMethodServiceAndCountry() {
    String number = reservedShipments(fixtures.order(fixtures.product(Map.of("WH-SH", 5)), 1), false).get(0);
    assertThat(tx(() -> shipments.plan(number, carrier(TODAY, "EXPRESS")))).isEqualTo(TODAY.plusDays(1));
    assertThat(tx(() -> shipments.plan(number, carrier(TODAY, "STANDARD")))).isEqualTo(TODAY.plusDays(3));
    assertThat(tx(() -> shipments.plan(number, new ShipmentPlan(TODAY.plusDays(2), ShippingMethod.OWN_FLEET, "ignored",
        "ignored", 1, BigDecimal.ONE)))).isEqualTo(TODAY.plusDays(3));
    assertThat(tx(() -> shipments.plan(number, new ShipmentPlan(TODAY, ShippingMethod.CUSTOMER_PICKUP, null, null, 1,
        BigDecimal.ONE)))).isEqualTo(TODAY);
    Shipment planned = repository.findByNumber(number).orElseThrow();
    assertThat(planned.getStatus()).isEqualTo(ShipmentStatus.PLANNED);
    assertThat(planned.getCarrier()).isNull();
    jdbc.sql("update sales_order set delivery_country = 'DE' where number = :n").param("n", planned.getOrderNumber()).update();
    assertThat(tx(() -> shipments.plan(number, carrier(TODAY, "STANDARD")))).isEqualTo(TODAY.plusDays(7));
  }

  @Test
  void shippingIssuesTheDeliveryNoteAndTheStockOnce() {
    String sku = fixtures.product(Map.of("WH-SH", 5));
    String number = reservedShipments(fixtures.order(sku, 2), false).get(0);
    assertThatThrownBy(() -> tx(() -> shipments.ship(number, null, "walter")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not PLANNED");
    tx(() -> shipments.plan(number, carrier(TODAY, "EXPRESS")));
    assertThatThrownBy(() -> tx(() -> shipments.ship(number, " ", "walter")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tracking number");

    DocumentView note = tx(() -> shipments.ship(number, "SF1", "walter"));
    DocumentView again = tx(() -> shipments.ship(number, "SF1", "walter"));

    assertThat(again.id()).isEqualTo(note.id());
    assertThat(note.fileName()).isEqualTo("delivery-note-" + number + ".pdf");
    assertThat(fixtures.onHand(sku, "WH-SH")).isEqualTo(3);
    assertThat(fixtures.reserved(sku, "WH-SH")).isZero();
    assertThat(fixtures.reservations(sku, "SHIPPED")).isEqualTo(2);
  }

  @Test
  void orderIsPartiallyDeliveredUntilItsLastShipmentArrives() {
    String sku = fixtures.product(Map.of("WH-SH", 1));
    String order = fixtures.order(sku, 3);
    List<String> both = reservedShipments(order, true);

    assertThat(tx(() -> shipments.recordDelivery(both.get(0), "system"))).isEqualTo(OrderStatus.PARTIALLY_DELIVERED);
    assertThat(tx(() -> shipments.recordDelivery(both.get(0), "system"))).isEqualTo(OrderStatus.PARTIALLY_DELIVERED);
    assertThat(orders.findByNumber(order).orElseThrow().getStatus()).isEqualTo(OrderStatus.PARTIALLY_DELIVERED);
    assertThat(tx(() -> shipments.recordDelivery(both.get(1), "system"))).isEqualTo(OrderStatus.DELIVERED);
    assertThat(repository.findByNumber(both.get(1)).orElseThrow().getDeliveredAt()).isNotNull();
  }

  @Test
  void aShipmentIsReplacedOnceWithItsLinesAndEndsLostOrDamaged() {
    String sku = fixtures.product(Map.of("WH-SH", 9));
    String number = reservedShipments(fixtures.order(sku, 4), false).get(0);

    String replacement = tx(() -> shipments.createReplacement(number, ShipmentStatus.DAMAGED));
    assertThat(tx(() -> shipments.createReplacement(number, ShipmentStatus.DAMAGED))).isEqualTo(replacement);
    assertThatThrownBy(() -> tx(() -> shipments.createReplacement(number, ShipmentStatus.DELIVERED)))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(repository.findByNumber(number).orElseThrow().getStatus()).isEqualTo(ShipmentStatus.DAMAGED);
    assertThat(tx(() -> shipments.reserveStock(replacement))).isTrue();
    assertThat(tx(() -> shipments.reserveStock(replacement))).isTrue();
    assertThat(fixtures.reservedTotal(sku)).isEqualTo(8);
    assertThat(repository.findByNumber(replacement).orElseThrow().getStatus()).isEqualTo(ShipmentStatus.TO_PLAN);
  }

  @Test
  void substitutesMustBeKnownProductsForLinesOfTheOrder() {
    String sku = fixtures.product(Map.of("WH-SH", 1));
    String order = fixtures.order(sku, 1);
    shipments.checkSubstitutes(order, Map.of(1, "P-100"));
    assertThatThrownBy(() -> shipments.checkSubstitutes(order, Map.of(2, "P-100")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no line 2");
    assertThatThrownBy(() -> shipments.checkSubstitutes(order, Map.of(1, "NO-SUCH")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown product NO-SUCH");
    assertThat(ShortageDecision.substitutions(" 1 = p-100 , 2=P-200")).containsExactly(Map.entry(1, "P-100"), Map.entry(2, "P-200"));
    assertThatThrownBy(() -> ShortageDecision.substitutions("1=P-100, 1=P-200")).hasMessageContaining("twice");
    assertThatThrownBy(() -> ShortageDecision.substitutions("P-100")).hasMessageContaining("not line=SKU");
  }
}
