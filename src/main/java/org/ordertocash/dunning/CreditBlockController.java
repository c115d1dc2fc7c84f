package org.ordertocash.dunning;

import java.util.List;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A customer's credit blocks: read by staff and auditors; lifted by finance when nothing is overdue. */
@RestController
@RequestMapping("/api/customers/{code}/credit-block")
public class CreditBlockController {

  static final String[] READERS =
      {Groups.FINANCE, Groups.SALES, Groups.SALES_MANAGERS, Groups.CUSTOMER_SERVICE, Groups.AUDITORS};

  private final CustomerCreditBlocks blocks;
  private final CurrentUser currentUser;

  public CreditBlockController(CustomerCreditBlocks blocks, CurrentUser currentUser) {
    this.blocks = blocks;
    this.currentUser = currentUser;
  }

  public record LiftRequest(String reason) {}

  @GetMapping
  public List<CustomerCreditBlocks.BlockView> history(@PathVariable String code) {
    currentUser.requireAnyGroup(READERS);
    return blocks.history(code);
  }

  @PostMapping("/lift")
  public CustomerCreditBlocks.BlockView lift(@PathVariable String code, @RequestBody LiftRequest request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    return blocks.lift(code, request.reason(), currentUser.id());
  }
}
