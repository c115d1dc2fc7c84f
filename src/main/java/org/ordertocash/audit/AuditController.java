package org.ordertocash.audit;

import jakarta.validation.constraints.Pattern;
import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors (and administrators): an order's timeline, and the chain's check. */
@RestController
public class AuditController {

  private final AuditTimeline timeline;
  private final ChainVerifier verifier;
  private final CurrentUser currentUser;

  AuditController(AuditTimeline timeline, ChainVerifier verifier, CurrentUser currentUser) {
    this.timeline = timeline;
    this.verifier = verifier;
    this.currentUser = currentUser;
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
