package org.ordertocash.billing;

import java.time.Clock;
import java.time.LocalDate;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Receivable reports for finance, sales managers and auditors. */
@RestController
@RequestMapping("/api/reports")
public class ReportController {

  static final String[] READERS = {Groups.FINANCE, Groups.SALES_MANAGERS, Groups.AUDITORS};

  private final ReceivableReports reports;
  private final CurrentUser currentUser;
  private final Clock clock;

  public ReportController(ReceivableReports reports, CurrentUser currentUser, Clock clock) {
    this.reports = reports;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Accounts receivable aging as JSON, or as CSV with {@code Accept: text/csv}; {@code asOf} defaults to today. */
  @GetMapping(value = "/ar-aging", produces = MediaType.APPLICATION_JSON_VALUE)
  public AgingReport aging(@RequestParam(required = false) LocalDate asOf) {
    currentUser.requireAnyGroup(READERS);
    return reports.aging(asOf == null ? LocalDate.now(clock) : asOf);
  }

  @GetMapping(value = "/ar-aging", produces = "text/csv")
  public ResponseEntity<String> agingCsv(@RequestParam(required = false) LocalDate asOf) {
    AgingReport report = aging(asOf);
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"ar-aging-" + report.asOf() + ".csv\"")
        .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
        .body(report.csv());
  }

  /** Days sales outstanding over the last {@code days} (default 90) up to {@code asOf} (default today). */
  @GetMapping("/dso")
  public DsoReport dso(@RequestParam(required = false) LocalDate asOf, @RequestParam(defaultValue = "90") int days) {
    currentUser.requireAnyGroup(READERS);
    return reports.dso(asOf == null ? LocalDate.now(clock) : asOf, days);
  }
}
