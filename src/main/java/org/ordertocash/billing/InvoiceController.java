package org.ordertocash.billing;

import java.util.List;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invoices: read by staff and auditors; finance records the official VAT invoice (fapiao). */
@RestController
@RequestMapping("/api/invoices")
public class InvoiceController {

  private final InvoicingService invoicing;
  private final CurrentUser currentUser;

  public InvoiceController(InvoicingService invoicing, CurrentUser currentUser) {
    this.invoicing = invoicing;
    this.currentUser = currentUser;
  }

  public record FapiaoRequest(String code, String number) {}

  @GetMapping
  public List<InvoiceView> ofOrder(@RequestParam("order") String orderNumber) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return invoicing.ofOrder(orderNumber);
  }

  @GetMapping("/{number}")
  public InvoiceView get(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return invoicing.get(number);
  }

  @PostMapping("/{number}/fapiao")
  public InvoiceView recordFapiao(@PathVariable String number, @RequestBody FapiaoRequest request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    return invoicing.recordFapiao(number, request.code(), request.number(), currentUser.id());
  }
}
