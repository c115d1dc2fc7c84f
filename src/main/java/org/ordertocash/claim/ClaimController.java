package org.ordertocash.claim;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Carrier claims, for staff and auditors to read. */
@RestController
@RequestMapping("/api/claims")
public class ClaimController {

  private final CarrierClaimService claims;
  private final CurrentUser currentUser;

  public ClaimController(CarrierClaimService claims, CurrentUser currentUser) {
    this.claims = claims;
    this.currentUser = currentUser;
  }

  @GetMapping("/{number}")
  public ClaimView get(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return claims.view(number);
  }

  @GetMapping
  public List<ClaimView> forOrder(@RequestParam @NotBlank @Size(max = 30) String orderNumber) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return claims.forOrder(orderNumber);
  }
}
