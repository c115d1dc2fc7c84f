package org.ordertocash.billing;

import java.time.LocalDate;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statements issued to a customer: finance issues one for a period; whoever hears the customer's
 * answer records it (confirmed, or disputed with the reason, which becomes finance's task).
 */
@RestController
@RequestMapping("/api/customers/{code}/statements")
public class IssuedStatementController {

  static final String[] ANSWER_TAKERS =
      {Groups.FINANCE, Groups.SALES, Groups.SALES_MANAGERS, Groups.CUSTOMER_SERVICE};

  private final StatementResponses responses;
  private final CurrentUser currentUser;

  public IssuedStatementController(StatementResponses responses, CurrentUser currentUser) {
    this.responses = responses;
    this.currentUser = currentUser;
  }

  public record IssueRequest(LocalDate from, LocalDate to) {}

  public record ResponseRequest(String response, String note) {}

  /** 201 with the statement issued, 200 with the one issued before for the same period. */
  @PostMapping
  public ResponseEntity<IssuedStatementView> issue(@PathVariable String code, @RequestBody IssueRequest request) {
    currentUser.requireAnyGroup(Groups.FINANCE);
    StatementResponses.Issued issued = responses.issue(code, request.from(), request.to(), currentUser.id());
    return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK).body(issued.statement());
  }

  @GetMapping("/{id}")
  public IssuedStatementView get(@PathVariable String code, @PathVariable long id) {
    currentUser.requireAnyGroup(StatementController.READERS);
    return responses.get(code, id);
  }

  @PostMapping("/{id}/response")
  public IssuedStatementView respond(@PathVariable String code, @PathVariable long id,
      @RequestBody ResponseRequest request) {
    currentUser.requireAnyGroup(ANSWER_TAKERS);
    return responses.respond(code, id, request.response(), request.note(), currentUser.id());
  }
}
