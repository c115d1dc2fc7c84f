package org.ordertocash.billing;

import java.time.LocalDate;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A customer's statement of account, as JSON or as the PDF sent to the customer. */
@RestController
@RequestMapping("/api/customers/{code}/statement")
public class StatementController {

  static final String[] READERS =
      {Groups.FINANCE, Groups.SALES, Groups.SALES_MANAGERS, Groups.CUSTOMER_SERVICE, Groups.AUDITORS};

  private final Statements statements;
  private final StatementDocument document;
  private final CurrentUser currentUser;

  public StatementController(Statements statements, StatementDocument document, CurrentUser currentUser) {
    this.statements = statements;
    this.document = document;
    this.currentUser = currentUser;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public Statement statement(@PathVariable String code, @RequestParam LocalDate from, @RequestParam LocalDate to) {
    currentUser.requireAnyGroup(READERS);
    return statements.of(code, from, to);
  }

  @GetMapping(produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam LocalDate from, @RequestParam LocalDate to) {
    Statement statement = statement(code, from, to);
    return ResponseEntity.ok()
        .header("Content-Disposition", "inline; filename=\"statement-" + code + "-" + to + ".pdf\"")
        .contentType(MediaType.APPLICATION_PDF)
        .body(document.render(statement));
  }
}
