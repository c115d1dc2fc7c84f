package org.ordertocash.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;

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

/** An invoice's dunning: read by finance, managers, customer service and auditors; promises and disputes reported. */
@RestController
@RequestMapping("/api/dunning/{invoiceNumber}")
public class DunningController {

  static final String[] READERS = {Groups.FINANCE, Groups.SALES_MANAGERS, Groups.CUSTOMER_SERVICE, Groups.AUDITORS};

  private final DunningRequests requests;
  private final CurrentUser currentUser;

  public DunningController(DunningRequests requests, CurrentUser currentUser) {
    this.requests = requests;
    this.currentUser = currentUser;
  }

  public record PromiseRequest(LocalDate promisedBy, BigDecimal amount) {}

  public record DisputeRequest(String reason) {}

  @GetMapping
  public DunningView get(@PathVariable String invoiceNumber) {
    currentUser.requireAnyGroup(READERS);
    return requests.view(invoiceNumber);
  }

  /** Finance records the customer's promise: dunning pauses until the date is over. */
  @PostMapping("/promises")
  @ResponseStatus(HttpStatus.CREATED)
  public DunningView promise(@PathVariable String invoiceNumber, @RequestBody PromiseRequest request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    requests.promise(invoiceNumber, request.promisedBy(), request.amount(), currentUser.id());
    return get(invoiceNumber);
  }

  /** The customer disputes the invoice: dunning pauses and customer service looks into it. */
  @PostMapping("/disputes")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public DunningView dispute(@PathVariable String invoiceNumber, @RequestBody DisputeRequest request) {
    currentUser.requireAnyGroup(Groups.FINANCE, Groups.CUSTOMER_SERVICE);
    requests.dispute(invoiceNumber, request.reason(), currentUser.id());
    return get(invoiceNumber);
  }
}
