package org.ordertocash.returns;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Returns: customer service requests them for a customer; staff and auditors read them. */
@RestController
@RequestMapping("/api/returns")
public class ReturnController {

  private final ReturnIntake intake;
  private final ReturnService returns;
  private final CurrentUser currentUser;

  public ReturnController(ReturnIntake intake, ReturnService returns, CurrentUser currentUser) {
    this.intake = intake;
    this.returns = returns;
    this.currentUser = currentUser;
  }

  /** 201 with the new return, 200 with the one made before for the same Idempotency-Key. */
  @PostMapping
  public ResponseEntity<ReturnView> request(
      @RequestHeader(name = "Idempotency-Key", required = false) String requestKey,
      @RequestBody(required = false) ReturnRequestBody body) {
    currentUser.requireAnyGroup(Groups.CUSTOMER_SERVICE);
    ReturnIntake.Requested requested;
    try {
      requested = intake.request(body, requestKey, currentUser.id());
    } catch (DataIntegrityViolationException raceLost) {
      // the same request key committed a moment earlier by a twin request
      requested = intake.replay(requestKey);
    }
    return ResponseEntity.status(requested.created() ? HttpStatus.CREATED : HttpStatus.OK).body(requested.request());
  }

  @GetMapping("/{number}")
  public ReturnView get(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return returns.view(number);
  }

  @GetMapping
  public List<ReturnView> forOrder(@RequestParam @NotBlank @Size(max = 30) String orderNumber) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return returns.forOrder(orderNumber);
  }
}
