package org.ordertocash.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the warehouse decides when planning a shipment. */
public record ShipmentPlan(LocalDate shipDate, ShippingMethod method, String carrier, String carrierService,
    Integer packages, BigDecimal weightKg) {}
