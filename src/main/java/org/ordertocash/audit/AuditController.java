package org.ordertocash.audit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for auditors (and administrators): an order's timeline, and the chain's check.
 * Each answer includes every record committed before the question (queued ones are chained first).
 */
@RestController
public class AuditController {

  private final AuditTimeline timeline;
  private final AuditSearch search;
  private final ChainVerifier verifier;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final AuditReportRenderer reports;
  private final AuditModels models;
  private final AuditChainer chainer;

  AuditController(AuditTimeline timeline, AuditSearch search, ChainVerifier verifier, CurrentUser currentUser,
      Clock clock, AuditReportRenderer reports, AuditModels models, AuditChainer chainer) {
    this.models = models;
    this.chainer = chainer;
    this.timeline = timeline;
    this.search = search;
    this.verifier = verifier;
    this.currentUser = currentUser;
    this.clock = clock;
    this.reports = reports;
  }

  /** Orders by what auditors ask ({@link AuditSearch.Criteria}), newest first. */
  @GetMapping("/api/audit/orders")
  public List<AuditSearch.Found> search(@Valid AuditSearch.Criteria criteria) {
    currentUser.requireAnyGroup(Groups.AUDITORS);
    chainer.catchUpIfQueued();
    return search.find(criteria, clock.getZone());
  }

  /** The same search as a spreadsheet ({@code Accept: text/csv}) or a PDF report ({@code application/pdf}). */
  @GetMapping(value = "/api/audit/orders", produces = {"text/csv", "application/pdf"})
  public ResponseEntity<byte[]> searchExport(@RequestHeader(HttpHeaders.ACCEPT) String accept,
      @Valid AuditSearch.Criteria criteria, HttpServletRequest request) {
    List<AuditSearch.Found> found = search(criteria);
    String question = request.getQueryString() == null ? "" : URLDecoder.decode(request.getQueryString(), StandardCharsets.UTF_8);
    return accept.contains("pdf")
        ? file("audit-search.pdf", "application/pdf", reports.searchResult(found, question))
        : file("audit-search.csv", "text/csv; charset=UTF-8", AuditCsv.found(found).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/api/audit/orders/{number}")
  public AuditTimeline.Timeline order(
      @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "is not an order number") String number) {
    currentUser.requireAnyGroup(Groups.AUDITORS);
    chainer.catchUpIfQueued();
    return timeline.of(number);
  }

  /** The order's timeline as a spreadsheet ({@code Accept: text/csv}) or a PDF report ({@code application/pdf}). */
  @GetMapping(value = "/api/audit/orders/{number}", produces = {"text/csv", "application/pdf"})
  public ResponseEntity<byte[]> orderExport(
      @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "is not an order number") String number,
      @RequestHeader(HttpHeaders.ACCEPT) String accept) {
    AuditTimeline.Timeline story = order(number);
    return accept.contains("pdf")
        ? file("audit-" + number + ".pdf", "application/pdf", reports.timeline(story, verifier.verifyOrder(number)))
        : file("audit-" + number + ".csv", "text/csv; charset=UTF-8",
            AuditCsv.timeline(story).getBytes(StandardCharsets.UTF_8));
  }

  /** The BPMN of the process version an order ran through (as named in its PROCESS_STARTED record). */
  @GetMapping(value = "/api/audit/process-definitions/{id}/xml", produces = "text/xml")
  public byte[] processModel(@PathVariable @Pattern(regexp = "[A-Za-z0-9:._-]{1,255}", message = "is not a definition id") String id) {
    currentUser.requireAnyGroup(Groups.AUDITORS);
    return models.process(id);
  }

  /** The DMN of the decision version that was evaluated (as named in its DECISION_EVALUATED record). */
  @GetMapping(value = "/api/audit/decision-definitions/{id}/xml", produces = "text/xml")
  public byte[] decisionModel(@PathVariable @Pattern(regexp = "[A-Za-z0-9:._-]{1,255}", message = "is not a definition id") String id) {
    currentUser.requireAnyGroup(Groups.AUDITORS);
    return models.decision(id);
  }

  private static ResponseEntity<byte[]> file(String name, String type, byte[] content) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(MediaType.parseMediaType(type))
        .body(content);
  }

  /** The whole chain from its start, or with {@code order} only that order's records where they stand. */
  @GetMapping("/api/audit/verify")
  public ChainVerifier.Verification verify(
      @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "is not an order number")
      String order) {
    currentUser.requireAnyGroup(Groups.AUDITORS);
    chainer.catchUpIfQueued();
    return order == null ? verifier.verify() : verifier.verifyOrder(order);
  }
}
