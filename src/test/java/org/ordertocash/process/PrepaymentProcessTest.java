package org.ordertocash.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ordertocash.billing.CollectionProcess;
import org.ordertocash.billing.PrepaymentProcess;

/** bpmn/prepayment.bpmn with its delegates recorded: paid, paid in parts, reminded, and given up at the deadline. */
@Deployment(resources = "bpmn/prepayment.bpmn")
class PrepaymentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(ProcessCoverage.MINIMUM)
      .build();

  static final String ORDER = "SO-5101";

  RecordingDelegate issue;
  RecordingDelegate send;
  RecordingDelegate check;
  RecordingDelegate remind;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    issue = RecordingDelegate.register("issuePrepaymentInvoiceDelegate", Map.of("invoiceNumber", "INV-2026-000101",
        "prepaymentReminderAt", "2099-01-04T00:00:00+08:00", "prepaymentDeadline", "2099-01-08T00:00:00+08:00"));
    send = RecordingDelegate.register("sendInvoicesDelegate");
    check = RecordingDelegate.register("checkOpenAmountDelegate", open("2260.00"));
    remind = RecordingDelegate.register("sendPrepaymentReminderDelegate");
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  private static Map<String, Object> open(String amount) {
    return CollectionProcessTest.open(amount);
  }

  ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(PrepaymentProcess.KEY, ORDER,
        Map.of("orderNumber", ORDER));
    assertThat(pi).isWaitingAt("Task_IssuePrepaymentInvoice");
    Assertions.assertThat(issue.wasCalled()).as("invoicing waits for its job").isFalse();
    SavePoints.run(pi.getId());
    return pi;
  }

  void paymentBooked() {
    runtimeService().createMessageCorrelation(CollectionProcess.OPEN_AMOUNT_REDUCED)
        .processInstanceVariableEquals("orderNumber", ORDER).correlate();
  }

  /** Fires the boundary timer as its due date would. */
  void timerFires(String eventId) {
    Job timer = managementService().createJobQuery().timers().activityId(eventId).singleResult();
    Assertions.assertThat(timer).as("timer of " + eventId).isNotNull();
    managementService().executeJob(timer.getId());
  }

  @Test
  void theInvoiceIsIssuedAndSentAtSavePointsAndThePaymentLetsTheOrderShip() {
    check.then(open("0"));
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Event_PaymentReceived")
        .hasPassedInOrder("Task_IssuePrepaymentInvoice", "Task_SendPrepaymentInvoice", "Task_CheckPrepayment")
        .variables().containsEntry("invoiceNumber", "INV-2026-000101").containsEntry("openAmount", "2260.00");
    Assertions.assertThat(send.lastCall()).containsEntry("orderNumber", ORDER);

    paymentBooked();

    assertThat(pi).isEnded().hasPassed("Event_PaidInFull", "Event_Prepaid").hasNotPassed("Task_SendPrepaymentReminder")
        .variables().containsEntry("paidInFull", true);
  }

  @Test
  void aPartPaymentKeepsTheOrderWaitingUntilTheRestArrives() {
    check.then(open("1000.00")).then(open("0"));
    ProcessInstance pi = start();

    paymentBooked();
    assertThat(pi).isWaitingAt("Event_PaymentReceived").variables().containsEntry("openAmount", "1000.00");
    paymentBooked();

    assertThat(pi).isEnded().hasPassed("Event_Prepaid");
    Assertions.assertThat(check.callCount()).isEqualTo(3);
  }

  @Test
  void theCustomerIsRemindedOnceAtASavePointWhileTheOrderWaits() {
    ProcessInstance pi = start();
    Assertions.assertThat(managementService().createJobQuery().timers().processInstanceId(pi.getId()).list())
        .extracting(Job::getDuedate).extracting(d -> d.toInstant().toString())
        .containsExactlyInAnyOrder("2099-01-03T16:00:00Z", "2099-01-07T16:00:00Z");

    timerFires("Event_ReminderDue");
    assertThat(pi).isWaitingAt("Task_SendPrepaymentReminder", "Event_PaymentReceived");
    Assertions.assertThat(remind.wasCalled()).as("reminding waits for its job").isFalse();
    SavePoints.run(pi.getId());

    assertThat(pi).hasPassed("Event_ReminderSent").isWaitingAt("Event_PaymentReceived");
    Assertions.assertThat(remind.callCount()).isOne();
    Assertions.assertThat(managementService().createJobQuery().timers().activityId("Event_ReminderDue").count())
        .as("one reminder only").isZero();
  }

  @Test
  void stillUnpaidAtTheDeadlineTheOrderIsGivenUp() {
    ProcessInstance pi = start();

    timerFires("Event_DeadlinePassed");

    assertThat(pi).isEnded().hasPassed("Event_PrepaymentNotReceived").hasNotPassed("Event_Prepaid")
        .variables().containsEntry("paidInFull", false);
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count())
        .as("no reminder left behind").isZero();
  }

  @Test
  void paidBeforeTheInvoiceWasSentItEndsAtOnce() {
    check = RecordingDelegate.register("checkOpenAmountDelegate", open("0"));

    ProcessInstance pi = start();

    assertThat(pi).isEnded().hasPassed("Event_Prepaid").hasNotPassed("Event_PaymentReceived");
  }
}
