package org.ordertocash.order;

import org.ordertocash.config.DomainException;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.ordertocash.order.OrderIntakeService.IntakeResult;
import org.ordertocash.outbox.OutboxMessageView;
import org.ordertocash.outbox.OutboxService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderController {

  private final OrderIntakeService intake;
  private final OrderCancellationService cancellation;
  private final OrderQueryService queries;
  private final OutboxService outbox;
  private final CurrentUser currentUser;

  public OrderController(OrderIntakeService intake, OrderCancellationService cancellation,
      OrderQueryService queries, OutboxService outbox, CurrentUser currentUser) {
    this.intake = intake;
    this.cancellation = cancellation;
    this.queries = queries;
    this.outbox = outbox;
    this.currentUser = currentUser;
  }

  @PostMapping
  public ResponseEntity<OrderView> create(@Valid @RequestBody OrderRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey) {
    currentUser.requireAnyGroup(Groups.ORDER_ENTRY);
    String user = currentUser.id();
    IntakeResult result;
    try {
      result = intake.submit(request, user, idempotencyKey);
    } catch (DataIntegrityViolationException raceLost) {
      // A concurrent request with the same key committed first: answer with its order.
      result = intake.findEarlier(user, idempotencyKey, intake.fingerprint(request))
          .map(order -> new IntakeResult(order, true))
          .orElseThrow(() -> raceLost);
    }
    String number = result.order().getNumber();
    return ResponseEntity.created(URI.create("/api/orders/" + number))
        .header("Idempotent-Replayed", String.valueOf(result.replayed()))
        .body(queries.view(number));
  }

  @GetMapping("/{number}")
  public OrderView get(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return queries.view(number);
  }

  @PostMapping("/{number}/cancel")
  public OrderView cancel(@PathVariable String number, @Valid @RequestBody CancelRequest request) {
    currentUser.requireAnyGroup(Groups.ORDER_ENTRY);
    cancellation.cancel(number, request.reason().trim(), currentUser.id());
    return queries.view(number);
  }

  @GetMapping("/{number}/messages")
  public List<OutboxMessageView> messages(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    queries.requireExists(number);
    return outbox.messagesFor(number);
  }

  public record CancelRequest(
      @NotBlank(message = "a reason is required") @Size(max = 2000) String reason) {}

  static DomainException.NotFound notFound(String number) {
    return new DomainException.NotFound("No order " + number);
  }
}
