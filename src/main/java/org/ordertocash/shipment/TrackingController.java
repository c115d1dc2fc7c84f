package org.ordertocash.shipment;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ordertocash.config.ApiError;
import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.ordertocash.shipment.TrackingService.Recorded;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Carrier tracking events and the customer's confirmation of receipt. A carrier integration posts
 * events as a member of warehouse.
 */
@RestController
@RequestMapping("/api/shipments/{number}")
public class TrackingController {

  /** Who may report tracking events. */
  static final String[] EVENT_REPORTERS = {Groups.WAREHOUSE, Groups.CUSTOMER_SERVICE};
  /** Who may record that the customer confirmed receipt. */
  static final String[] CONFIRMATION_RECORDERS = {Groups.CUSTOMER_SERVICE, Groups.SALES, Groups.SALES_MANAGERS};

  private final TrackingService tracking;
  private final ShipmentRepository shipments;
  private final CurrentUser currentUser;

  public TrackingController(TrackingService tracking, ShipmentRepository shipments, CurrentUser currentUser) {
    this.tracking = tracking;
    this.shipments = shipments;
    this.currentUser = currentUser;
  }

  public record EventRequest(
      @NotNull TrackingEventType type,
      @NotNull OffsetDateTime occurredAt,
      @Size(max = 200) String location,
      @Size(max = 1000) String description,
      @Size(max = 100) String carrierEventId,
      java.math.BigDecimal collectedAmount,
      @Size(max = 3) String collectedCurrency) {}

  public record ConfirmationRequest(OffsetDateTime receivedAt, @Size(max = 900) String note) {}

  /** The answer to a reported event: whether it was new, and where the shipment stands now. */
  public record EventResponse(boolean duplicate, ShipmentStatus shipmentStatus, TrackingEventView event) {}

  @PostMapping("/events")
  public ResponseEntity<EventResponse> report(@PathVariable String number, @Valid @RequestBody EventRequest request) {
    currentUser.requireAnyGroup(EVENT_REPORTERS);
    Recorded recorded = tracking.record(number, request.type(), request.occurredAt(), request.location(),
        request.description(), request.carrierEventId(),
        request.collectedAmount() == null ? null
            : new TrackingService.CashCollected(request.collectedAmount(), request.collectedCurrency()),
        TrackingSource.CARRIER, currentUser.id());
    return answer(recorded);
  }

  @GetMapping("/events")
  public List<TrackingEventView> history(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    if (shipments.findByNumber(number).isEmpty()) {
      throw TrackingService.notFound(number);
    }
    return tracking.history(number).stream().map(TrackingEventView::of).toList();
  }

  @PostMapping("/confirmation")
  public ResponseEntity<EventResponse> confirm(@PathVariable String number,
      @Valid @RequestBody(required = false) ConfirmationRequest request) {
    currentUser.requireAnyGroup(CONFIRMATION_RECORDERS);
    ConfirmationRequest body = request == null ? new ConfirmationRequest(null, null) : request;
    return answer(tracking.confirmReceipt(number, body.receivedAt(), body.note(), currentUser.id()));
  }

  /** Events of one shipment are recorded one after another; one that waited too long may be sent again. */
  @ExceptionHandler({PessimisticLockingFailureException.class, ObjectOptimisticLockingFailureException.class})
  ResponseEntity<ApiError> busy(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(ApiError.of(409, "The shipment is being updated at the same moment; please send the event again"));
  }

  private static ResponseEntity<EventResponse> answer(Recorded recorded) {
    return ResponseEntity.status(recorded.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(new EventResponse(recorded.duplicate(), recorded.shipmentStatus(), TrackingEventView.of(recorded.event())));
  }
}
