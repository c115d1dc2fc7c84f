package org.ordertocash.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors (and administrators): an order's timeline, and the chain's check. */
@RestController
public class AuditController {

  private final AuditTimeline timeline;
  private final AuditSearch search;
  private final ChainVerifier verifier;
  private final CurrentUser currentUser;
  private final Clock clock;

  AuditController(AuditTimeline timeline, AuditSearch search, ChainVerifier verifier, CurrentUser currentUser,
      Clock clock) {
    this.timeline = timeline;
    this.search = search;
    this.verifier = verifier;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Orders by number, customer, the period they were entered in ({@code from}/{@code to},
   * inclusive), status, a user involved, and the questions {@code approvedBy},
   * {@code discountAbove} (percent below list), {@code skippedManagerReview} and
   * {@code contractSignedAfterDelivery}; newest first, {@code limit} (100, at most 1000).
   */
  @GetMapping("/api/audit/orders")
  public List<AuditSearch.Found> search(
      @RequestParam(required = false) @Size(max = 64) String number,
      @RequestParam(required = false) @Size(max = 20) String customer,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @Size(max = 20) String status,
      @RequestParam(required = false) @Size(max = 100) String user,
      @RequestParam(required = false) @Size(max = 100) String approvedBy,
      @RequestParam(required = false) @DecimalMin("0") @DecimalMax("100") BigDecimal discountAbove,
      @RequestParam(defaultValue = "false") boolean skippedManagerReview,
      @RequestParam(defaultValue = "false") boolean contractSignedAfterDelivery,
      @RequestParam(required = false) Integer limit) {
    currentUser.requireAnyGroup(Groups.AUDITORS);
    return search.find(new AuditSearch.Criteria(number, customer, from, to, status, user, approvedBy, discountAbove,
        skippedManagerReview, contractSignedAfterDelivery, limit), clock.getZone());
  }

  @GetMapping("/api/audit/orders/{number}")
  public AuditTimeline.Timeline order(
      @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "is not an order number") String number) {
    currentUser.requireAnyGroup(Groups.AUDITORS);
    return timeline.of(number);
  }

  @GetMapping("/api/audit/verify")
  public ChainVerifier.Verification verify() {
    currentUser.requireAnyGroup(Groups.AUDITORS);
    return verifier.verify();
  }
}
