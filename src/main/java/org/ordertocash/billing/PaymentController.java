package org.ordertocash.billing;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.ordertocash.config.DomainException;
import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments received, posted by finance (or the bank integration as a finance member): 201 for a
 * new booking, 200 with the earlier booking when the same notice comes again.
 */
@RestController
@RequestMapping("/api/payments")
public class PaymentController {

  private final PaymentService payments;
  private final CurrentUser currentUser;

  public PaymentController(PaymentService payments, CurrentUser currentUser) {
    this.payments = payments;
    this.currentUser = currentUser;
  }

  public record PaymentRequest(String payer, BigDecimal amount, String currency, LocalDate valueDate,
      String bankReference, PaymentMethod method, List<String> invoices, BigDecimal settledAmount) {}

  public record AllocationRequest(String invoice, BigDecimal amount) {}

  @PostMapping
  public ResponseEntity<PaymentView> book(@RequestBody PaymentRequest request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    PaymentNotice notice = new PaymentNotice(request.payer(), request.amount(), request.currency(), request.valueDate(),
        request.bankReference(), request.method(), request.invoices(), request.settledAmount());
    PaymentService.Booking booking = OnceMoreAfterRace.run(() -> payments.book(notice, currentUser.id()));
    return ResponseEntity.status(booking.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/payments/" + booking.payment().bankReference()))
        .body(booking.payment());
  }

  @GetMapping("/{bankReference}")
  public PaymentView get(@PathVariable String bankReference) {
    currentUser.requireAnyGroup(Groups.FINANCE, Groups.AUDITORS);
    return payments.get(bankReference);
  }

  /** Finance allocates (part of) an unmatched payment, or a customer's credit, to an invoice by hand. */
  @PostMapping("/{bankReference}/allocations")
  public PaymentView allocate(@PathVariable String bankReference, @RequestBody AllocationRequest request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    if (request.invoice() == null || request.invoice().isBlank()) {
      throw new DomainException.InvalidInput("invoice", "Name the invoice to allocate to");
    }
    return payments.allocate(bankReference, request.invoice(), request.amount(), currentUser.id());
  }
}
