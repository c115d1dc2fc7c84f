package org.ordertocash.complaint;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.ordertocash.outbox.OutboxMessageView;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Complaints: staff who talk to customers record them; staff and auditors read them and the report. */
@RestController
public class ComplaintController {

  private final ComplaintIntake intake;
  private final ComplaintService complaints;
  private final ComplaintReport report;
  private final CurrentUser currentUser;

  public ComplaintController(ComplaintIntake intake, ComplaintService complaints, ComplaintReport report,
      CurrentUser currentUser) {
    this.intake = intake;
    this.complaints = complaints;
    this.report = report;
    this.currentUser = currentUser;
  }

  /** 201 with the complaint and its deadlines to come, 200 with the one recorded before for the same Idempotency-Key. */
  @PostMapping("/api/complaints")
  public ResponseEntity<ComplaintView> receive(
      @RequestHeader(name = "Idempotency-Key", required = false) String requestKey,
      @RequestBody(required = false) ComplaintRequestBody body) {
    currentUser.requireAnyGroup(Groups.ORDER_ENTRY);
    ComplaintIntake.Received received;
    try {
      received = intake.receive(body, requestKey, currentUser.id());
    } catch (DataIntegrityViolationException raceLost) {
      received = intake.replay(requestKey);
    }
    return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK).body(received.complaint());
  }

  @GetMapping("/api/complaints/{number}")
  public ComplaintView get(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return complaints.view(number);
  }

  @GetMapping("/api/complaints/{number}/messages")
  public List<OutboxMessageView> messages(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return complaints.messages(number);
  }

  @GetMapping("/api/complaints")
  public List<ComplaintView> forOrder(@RequestParam @NotBlank @Size(max = 30) String orderNumber) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return complaints.forOrder(orderNumber);
  }

  /** Complaints received from {@code from} to {@code to} (inclusive; default: the last 30 days), of one customer or all. */
  @GetMapping("/api/reports/complaints")
  public ComplaintReport.Summary report(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @Size(max = 20) String customer) {
    currentUser.requireAnyGroup(Groups.SALES_MANAGERS, Groups.CUSTOMER_SERVICE, Groups.AUDITORS);
    return report.summary(from, to, customer);
  }
}
