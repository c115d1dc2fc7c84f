package org.ordertocash.billing;

import java.math.BigDecimal;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The register of bank acceptance bills: finance records each step of a bill; staff and auditors read it. */
@RestController
@RequestMapping("/api/bills")
public class BillController {

  private final BillRegister register;
  private final CurrentUser currentUser;

  public BillController(BillRegister register, CurrentUser currentUser) {
    this.register = register;
    this.currentUser = currentUser;
  }

  public record Endorsement(String endorsee) {}

  public record Discount(String bank, BigDecimal charge) {}

  public record Dishonour(String reason) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public BillView receive(@RequestBody BillRegister.BillRequest request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    return register.receive(request, currentUser.id());
  }

  @GetMapping("/{number}")
  public BillView get(@PathVariable String number) {
    currentUser.requireAnyGroup(StatementController.READERS);
    return register.get(number);
  }

  @PostMapping("/{number}/endorsement")
  public BillView endorse(@PathVariable String number, @RequestBody Endorsement request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    return register.endorse(number, request.endorsee(), currentUser.id());
  }

  @PostMapping("/{number}/discount")
  public BillView discount(@PathVariable String number, @RequestBody Discount request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    return register.discount(number, request.bank(), request.charge(), currentUser.id());
  }

  @PostMapping("/{number}/presentation")
  public BillView present(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    return register.present(number, currentUser.id());
  }

  @PostMapping("/{number}/payment")
  public BillView paid(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    return register.paid(number, currentUser.id());
  }

  @PostMapping("/{number}/dishonour")
  public BillView dishonour(@PathVariable String number, @RequestBody Dishonour request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    return register.dishonour(number, request.reason(), currentUser.id());
  }
}
