package org.ordertocash.billing;

import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invoices: read by staff and auditors; finance records the official VAT invoice (fapiao). */
@RestController
@RequestMapping("/api/invoices")
public class InvoiceController {

  private final InvoicingService invoicing;
  private final CreditNotes creditNotes;
  private final CurrentUser currentUser;

  public InvoiceController(InvoicingService invoicing, CreditNotes creditNotes, CurrentUser currentUser) {
    this.invoicing = invoicing;
    this.creditNotes = creditNotes;
    this.currentUser = currentUser;
  }

  public record FapiaoRequest(String code, String number) {}

  public record CreditNoteRequest(String reason, List<CreditNotes.CreditLine> lines) {}

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
    // the invoice's collection may move on in a job at the same moment (a payment or credit just settled it)
    return OnceMoreAfterRace.run(() -> invoicing.recordFapiao(number, request.code(), request.number(), currentUser.id()));
  }

  /**
   * Finance credits (part of) an invoice: 201 with the credit note, 200 with the one made before
   * when the same Idempotency-Key comes again.
   */
  @PostMapping("/{number}/credit-notes")
  public ResponseEntity<InvoiceView> credit(@PathVariable String number,
      @RequestHeader(name = "Idempotency-Key", required = false) String requestKey,
      @RequestBody CreditNoteRequest request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    CreditNotes.Issued issued = OnceMoreAfterRace.run(
        () -> creditNotes.issue(number, requestKey, request.reason(), request.lines(), currentUser.id()));
    return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK).body(issued.creditNote());
  }
}
