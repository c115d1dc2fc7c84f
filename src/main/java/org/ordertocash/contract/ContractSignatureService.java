package org.ordertocash.contract;

import org.ordertocash.config.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.document.DocumentView;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentService;
import org.ordertocash.identity.AsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the customer's signature of the contract version sent to them and lets the waiting
 * contract-signing process continue (message {@value #MESSAGE}), in one transaction: a
 * signature the process does not accept is not recorded either.
 *
 * <p>Either the SHA-256 of the sent PDF (the customer confirms what they signed) or the signed
 * PDF itself (stored as a SIGNED_CONTRACT document; a hash given with it must match the version
 * sent too). The same signature again answers with the recorded one; a different one after
 * signing is a conflict.
 */
@Service
public class ContractSignatureService {

  public static final String MESSAGE = "ContractSigned";
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final ContractRepository contracts;
  private final ContractVersionRepository versions;
  private final ContractSignatureRepository signatures;
  private final DocumentService documents;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final Clock clock;

  public ContractSignatureService(ContractRepository contracts, ContractVersionRepository versions,
      ContractSignatureRepository signatures, DocumentService documents, RuntimeService runtimeService,
      AsSystem asSystem, Clock clock) {
    this.contracts = contracts;
    this.versions = versions;
    this.signatures = signatures;
    this.documents = documents;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  /** What the customer signed: by whom, when, and the hash and/or the signed PDF. */
  public record SignatureInput(String signedBy, String signedOn, String documentSha256, byte[] signedPdf) {}

  public record Result(boolean replayed) {}

  @Transactional
  public Result sign(String number, SignatureInput input, String recordedBy) {
    Contract contract = contracts.findByNumber(number).orElseThrow(() -> ContractQueryService.notFound(number));
    String signedBy = required("signedBy", input.signedBy(), 200);
    LocalDate signedOn = date(input.signedOn());
    String hash = hash(input.documentSha256(), input.signedPdf() == null);
    if (input.signedPdf() != null) {
      checkPdf(input.signedPdf());
    }
    Optional<ContractSignature> recorded = signatures.findByContractId(contract.getId());
    if (recorded.isPresent()) {
      if (sameSignature(recorded.get(), signedBy, signedOn, hash, input.signedPdf())) {
        return new Result(true);
      }
      throw conflict("Contract " + number + " was already signed by " + recorded.get().getSignedBy() + " on "
          + recorded.get().getSignedOn() + "; a different signature cannot replace it");
    }
    if (contract.getStatus() != ContractStatus.AWAITING_CUSTOMER_SIGNATURE) {
      throw conflict("Contract " + number + " is " + contract.getStatus() + ": it does not await the customer's signature");
    }
    ContractVersion sent = versions.findByContractIdAndVersionNo(contract.getId(), contract.getCurrentVersion())
        .orElseThrow(() -> new IllegalStateException("Contract " + number + " has no version"));
    if (hash != null && !hash.equals(sent.getSha256())) {
      throw new InvalidSignatureException("documentSha256", "does not match the SHA-256 of version "
          + sent.getVersionNo() + " sent to the customer");
    }
    LocalDate today = LocalDate.now(clock);
    if (signedOn.isAfter(today)) {
      throw new InvalidSignatureException("signedOn", "is in the future");
    }
    LocalDate sentOn = LocalDate.ofInstant(contract.getSentAt(), clock.getZone());
    if (signedOn.isBefore(sentOn)) {
      throw new InvalidSignatureException("signedOn", "is before the contract was sent (" + sentOn + ")");
    }
    Long signedDocument = null;
    if (input.signedPdf() != null) {
      DocumentView document = documents.storeOnce(DocumentKind.SIGNED_CONTRACT, number, sent.getVersionNo(),
          contract.getOrderNumber(), number + "-v" + sent.getVersionNo() + "-signed.pdf", DocumentService.PDF,
          input.signedPdf(), recordedBy);
      signedDocument = document.id();
    }
    signatures.saveAndFlush(new ContractSignature(contract.getId(), sent.getVersionNo(), signedBy, signedOn,
        sent.getSha256(), signedDocument, recordedBy, clock.instant()));
    contract.changeStatus(ContractStatus.SIGNED);
    contracts.flush();
    try {
      asSystem.run(() -> runtimeService.createMessageCorrelation(MESSAGE)
          .processInstanceBusinessKey(contract.getOrderNumber())
          .setVariable(ContractSigningProcess.SIGNED_BY.name(), signedBy)
          .setVariable(ContractSigningProcess.SIGNED_ON.name(), signedOn.toString())
          .setVariable(ContractSigningProcess.SIGNATURE_RECORDED_BY.name(), recordedBy)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw conflict("No contract-signing process of order " + contract.getOrderNumber() + " awaits the signature");
    }
    return new Result(false);
  }

  /** Whether a repeated request carries the signature already recorded. */
  private boolean sameSignature(ContractSignature recorded, String signedBy, LocalDate signedOn, String hash,
      byte[] pdf) {
    if (!recorded.getSignedBy().equals(signedBy) || !recorded.getSignedOn().equals(signedOn)) {
      return false;
    }
    if (hash != null && !hash.equals(recorded.getDocumentSha256())) {
      return false;
    }
    if (pdf == null) {
      return true;
    }
    return recorded.getSignedDocumentId() != null
        && documents.get(recorded.getSignedDocumentId()).sha256().equals(DocumentService.sha256(pdf));
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidSignatureException(field, "is required");
    }
    if (value.trim().length() > max) {
      throw new InvalidSignatureException(field, "must be at most " + max + " characters");
    }
    return value.trim();
  }

  private static LocalDate date(String value) {
    String text = required("signedOn", value, 10);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidSignatureException("signedOn", "must be a date (yyyy-MM-dd)");
    }
  }

  /** The lower-case hash; required without a PDF. */
  private static String hash(String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new InvalidSignatureException("documentSha256", "is required (the SHA-256 of the contract PDF sent)");
      }
      return null;
    }
    if (!SHA256.matcher(value.trim()).matches()) {
      throw new InvalidSignatureException("documentSha256", "must be 64 hexadecimal characters (SHA-256)");
    }
    return value.trim().toLowerCase(Locale.ROOT);
  }

  private static void checkPdf(byte[] pdf) {
    if (pdf.length < PDF_MAGIC.length || !Arrays.equals(Arrays.copyOf(pdf, PDF_MAGIC.length), PDF_MAGIC)) {
      throw new InvalidSignatureException("signedPdf", "is not a PDF (it must start with %PDF-)");
    }
  }

  private static DomainException.Conflict conflict(String message) {
    return new DomainException.Conflict(message);
  }
}
