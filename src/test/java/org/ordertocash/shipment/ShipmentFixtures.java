package org.ordertocash.shipment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ordertocash.support.Api;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Orders entered through the API and shipments of them written directly, as the shipment process
 * (another feature) leaves them: planned and shipped with a carrier and a promised delivery date.
 */
public final class ShipmentFixtures {

  private final TestRestTemplate rest;
  private final ShipmentRepository shipments;
  private final RuntimeService runtimeService;
  private final Clock clock;

  public ShipmentFixtures(TestRestTemplate rest, ShipmentRepository shipments, RuntimeService runtimeService, Clock clock) {
    this.rest = rest;
    this.shipments = shipments;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** An order of 2 x P-100 for a class A customer, entered by sally. */
  public String order() {
    ResponseEntity<Map> created = Api.as(rest, "sally").post("/api/orders", """
        {"customerCode": "C-1001", "channel": "PHONE", "lines": [{"sku": "P-100", "quantity": 2, "unitPrice": 190.00}],
         "requestedDeliveryDate": "%s"}
        """.formatted(LocalDate.now(clock).plusDays(21)));
    if (created.getStatusCode() != HttpStatus.CREATED) {
      throw new AssertionError("order not created: " + created);
    }
    return (String) created.getBody().get("number");
  }

  /** A planned, not yet shipped shipment of the order's line. */
  public Shipment planned(String orderNumber, LocalDate promised) {
    Shipment shipment = new Shipment("SH-T-" + UUID.randomUUID().toString().substring(0, 8), orderNumber,
        ShipmentKind.INITIAL, ShipmentStatus.TO_PLAN, null, List.of(new ShipmentLine(1, "P-100", 2)), clock.instant());
    shipment.plan(LocalDate.now(clock), ShippingMethod.CARRIER, "DHL", "Express", 1, new BigDecimal("2.5"), promised);
    return shipments.save(shipment);
  }

  /** A shipped shipment (no delivery process). */
  public Shipment shipped(String orderNumber, LocalDate promised) {
    Shipment shipment = planned(orderNumber, promised);
    shipment.ship("JD" + shipment.getNumber().substring(5), null, clock.instant().minusSeconds(3600));
    return shipments.save(shipment);
  }

  /** Starts the shipment's delivery process as the shipment process's call activity would. */
  public ProcessInstance startDelivery(Shipment shipment) {
    return runtimeService.startProcessInstanceByKey("delivery", shipment.getOrderNumber(),
        Map.of("orderNumber", shipment.getOrderNumber(), "shipmentNumber", shipment.getNumber()));
  }
}
