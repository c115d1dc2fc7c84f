package org.ordertocash.negotiation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.ordertocash.negotiation.QuotationResponses.Recorded;
import org.ordertocash.negotiation.QuotationViews.DiffView;
import org.ordertocash.negotiation.QuotationViews.QuotationView;
import org.ordertocash.negotiation.QuotationViews.ResponseView;
import org.ordertocash.negotiation.QuotationViews.VersionView;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Quotations: the customer's answer (recorded by staff) and, for staff and auditors, every version. */
@RestController
@RequestMapping("/api/quotations")
public class QuotationController {

  /** Who records the customer's answer. */
  static final String[] RESPONSE_RECORDERS = {Groups.SALES, Groups.SALES_MANAGERS, Groups.CUSTOMER_SERVICE};

  private final QuotationResponses quotations;
  private final CurrentUser currentUser;

  public QuotationController(QuotationResponses quotations, CurrentUser currentUser) {
    this.quotations = quotations;
    this.currentUser = currentUser;
  }

  /**
   * 201 when recorded; 200 with the stored answer when the same answer was recorded before
   * (header {@code Idempotent-Replayed: true}); 409 for a different answer or a version that
   * awaits none.
   */
  @PostMapping("/{number}/response")
  public ResponseEntity<ResponseView> respond(@PathVariable String number,
      @Valid @RequestBody QuotationResponseRequest request) {
    currentUser.requireAnyGroup(RESPONSE_RECORDERS);
    Recorded recorded;
    try {
      recorded = quotations.record(number, request, currentUser.id());
    } catch (DataIntegrityViolationException raceLost) {
      recorded = quotations.afterRace(number, request);
    }
    return ResponseEntity.status(recorded.replayed() ? 200 : 201)
        .header("Idempotent-Replayed", String.valueOf(recorded.replayed()))
        .body(recorded.response());
  }

  @GetMapping("/{number}")
  public QuotationView get(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return quotations.view(number);
  }

  @GetMapping("/{number}/versions")
  public List<VersionView> versions(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return quotations.versions(number);
  }

  @GetMapping("/{number}/diff")
  public DiffView diff(@PathVariable String number, @RequestParam @Min(1) int from, @RequestParam @Min(1) int to) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return quotations.diff(number, from, to);
  }
}
