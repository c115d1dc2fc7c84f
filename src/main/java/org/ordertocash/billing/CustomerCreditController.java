package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A customer's credit: read by staff and auditors; finance applies it to an invoice or refunds it. */
@RestController
@RequestMapping("/api/customers/{code}/credit")
public class CustomerCreditController {

  private final CustomerCredit credit;
  private final CurrentUser currentUser;

  public CustomerCreditController(CustomerCredit credit, CurrentUser currentUser) {
    this.credit = credit;
    this.currentUser = currentUser;
  }

  public record ApplicationRequest(String creditNote, String invoice, BigDecimal amount) {}

  public record RefundRequest(String source, BigDecimal amount, String bankReference, LocalDate valueDate) {}

  @GetMapping
  public CustomerCredit.Credit get(@PathVariable String code) {
    currentUser.requireAnyGroup(StatementController.READERS);
    return credit.of(code);
  }

  /** 201 with the application, 200 with the one made before for the same Idempotency-Key. */
  @PostMapping("/applications")
  public ResponseEntity<CustomerCredit.Applied> apply(@PathVariable String code,
      @RequestHeader(name = "Idempotency-Key", required = false) String requestKey,
      @RequestBody ApplicationRequest request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    CustomerCredit.Applied applied = OnceMoreAfterRace.run(() -> credit.apply(code, request.creditNote(),
        request.invoice(), request.amount(), requestKey, currentUser.id()));
    return ResponseEntity.status(applied.created() ? HttpStatus.CREATED : HttpStatus.OK).body(applied);
  }

  /** 201 with the refund, 200 with the one booked before under the same bank reference. */
  @PostMapping("/refunds")
  public ResponseEntity<CustomerCredit.Refunded> refund(@PathVariable String code, @RequestBody RefundRequest request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    CustomerCredit.Refunded refunded = OnceMoreAfterRace.run(() -> credit.refund(code, request.source(),
        request.amount(), request.bankReference(), request.valueDate(), currentUser.id()));
    return ResponseEntity.status(refunded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(refunded);
  }
}
