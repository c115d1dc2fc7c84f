package org.ordertocash.dunning;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Time for an invoice's dunning in tests: the invoice is made so many days overdue by moving its
 * due date back, and dunning looks at it now by moving its waiting timer to now.
 */
public final class DunningFixtures {

  private final ProcessEngine engine;
  private final JdbcClient jdbc;
  private final Clock clock;

  public DunningFixtures(ProcessEngine engine, JdbcClient jdbc, Clock clock) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public ProcessInstance dunningOf(String invoice) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DunningProcess.KEY)
        .variableValueEquals("invoiceNumber", invoice).singleResult();
  }

  /** The invoice is {@code days} overdue today, and dunning looks at it now; answers when its jobs are done. */
  public void reviewAt(String invoice, int days) {
    LocalDate due = LocalDate.now(clock).minusDays(days);
    jdbc.sql("update receivable set due_date = ? where invoice_number = ?").params(due, invoice).update();
    jdbc.sql("update invoice set due_date = ? where number = ?").params(due, invoice).update();
    String instance = dunningOf(invoice).getId();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
    engine.getManagementService().setJobDuedate(timer.getId(), Date.from(clock.instant().minusSeconds(1)));
    awaitJobsDone(instance);
  }

  public void awaitJobsDone(String instance) {
    await().atMost(Duration.ofSeconds(30)).until(() -> engine.getManagementService().createJobQuery()
        .processInstanceId(instance).executable().count() == 0);
  }
}
