package org.ordertocash.contract;

import java.util.List;

import org.ordertocash.contract.ContractSignatureService.Result;
import org.ordertocash.contract.ContractSignatureService.SignatureInput;
import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contracts: read them (staff and auditors) and record the customer's signature (sales, sales
 * managers, customer service).
 */
@RestController
@RequestMapping("/api/contracts")
public class ContractController {

  /** Who may record a customer's signature. */
  static final String[] SIGNATURE_RECORDERS = {Groups.SALES, Groups.SALES_MANAGERS, Groups.CUSTOMER_SERVICE};

  private final ContractQueryService queries;
  private final ContractSignatureService signatures;
  private final CurrentUser currentUser;

  public ContractController(ContractQueryService queries, ContractSignatureService signatures, CurrentUser currentUser) {
    this.queries = queries;
    this.signatures = signatures;
    this.currentUser = currentUser;
  }

  @GetMapping
  public List<ContractView> forOrder(@RequestParam String orderNumber) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return queries.forOrder(orderNumber);
  }

  @GetMapping("/{number}")
  public ContractView get(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return queries.view(number);
  }

  /** {"signedBy": "...", "signedOn": "2026-11-20", "documentSha256": "<SHA-256 of the PDF sent>"} */
  @PostMapping(path = "/{number}/signature", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ContractView> signature(@PathVariable String number, @RequestBody SignatureRequest request) {
    currentUser.requireAnyGroup(SIGNATURE_RECORDERS);
    return record(number, new SignatureInput(request.signedBy(), request.signedOn(), request.documentSha256(), null));
  }

  /**
   * The signed PDF as the body ({@code Content-Type: application/pdf}, up to
   * {@code ordertocash.api.max-upload-bytes}); who and when as parameters or headers
   * ({@code signedBy}/{@code X-Signed-By}, {@code signedOn}/{@code X-Signed-On}, optional
   * {@code documentSha256}).
   */
  @PostMapping(path = "/{number}/signature", consumes = "application/pdf")
  public ResponseEntity<ContractView> signedPdf(@PathVariable String number, @RequestBody(required = false) byte[] pdf,
      @RequestParam(required = false) String signedBy, @RequestParam(required = false) String signedOn,
      @RequestParam(required = false) String documentSha256,
      @RequestHeader(name = "X-Signed-By", required = false) String signedByHeader,
      @RequestHeader(name = "X-Signed-On", required = false) String signedOnHeader) {
    currentUser.requireAnyGroup(SIGNATURE_RECORDERS);
    if (pdf == null || pdf.length == 0) {
      throw new InvalidSignatureException("signedPdf", "the body must be the signed PDF");
    }
    return record(number, new SignatureInput(signedBy != null ? signedBy : signedByHeader,
        signedOn != null ? signedOn : signedOnHeader, documentSha256, pdf));
  }

  private ResponseEntity<ContractView> record(String number, SignatureInput input) {
    Result result;
    try {
      result = signatures.sign(number, input, currentUser.id());
    } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raceLost) {
      // A concurrent request recorded a signature first: the same one is a replay, another a conflict.
      result = signatures.sign(number, input, currentUser.id());
    }
    return ResponseEntity.ok().header("Idempotent-Replayed", String.valueOf(result.replayed()))
        .body(queries.view(number));
  }

  public record SignatureRequest(String signedBy, String signedOn, String documentSha256) {}
}
