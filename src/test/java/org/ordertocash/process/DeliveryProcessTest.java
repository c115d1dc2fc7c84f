package org.ordertocash.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.TaskRefusals;
import org.ordertocash.config.TaskRefusal;
import org.ordertocash.identity.AsSystem;
import org.ordertocash.shipment.DeliveryProcesses;
import org.ordertocash.shipment.LateDeliveryCheck;
import org.ordertocash.shipment.TrackingEventType;

/**
 * bpmn/delivery.bpmn with mocked delegates; outcomes are reported through the application's own
 * {@link DeliveryProcesses} (the correlation the tracking API uses).
 */
@Deployment(resources = {"bpmn/delivery.bpmn", "forms/handle-late-delivery.form"})
class DeliveryProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .excludeProcessDefinitionKeys("shipment-caller")
      .assertClassCoverageAtLeast(ProcessCoverage.MINIMUM)
      .build();

  static final String ORDER = "SO-3001";
  static final String SHIPMENT = "SH-2026-000101";
  static final String PROMISED_AT = "2099-01-11T00:00:00+01:00";
  static final String NEW_DATE_AT = "2099-01-21T00:00:00+01:00";

  RecordingDelegate prepare;
  RecordingDelegate notifyLate;
  RecordingDelegate recordLate;
  RecordingDelegate openClaim;
  DeliveryProcesses processes;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    prepare = RecordingDelegate.register("prepareDeliveryDelegate", facts(null));
    notifyLate = RecordingDelegate.register("notifyLateDeliveryDelegate",
        Map.of("trackingHistory", "- 2099-01-09 **IN_TRANSIT** at Hub"));
    recordLate = RecordingDelegate.register("recordLateDeliveryDelegate", Map.of("newDateAgreed", false));
    openClaim = RecordingDelegate.register("openCarrierClaimDelegate", Map.of("claimNumber", "CL-2026-000001"));
    Mocks.register("lateDeliveryCheck", new LateDeliveryCheck(Clock.systemUTC(), new TaskRefusals(OrderToCashProperties.defaults())));
    processes = new DeliveryProcesses(runtimeService(), new AsSystem(identityService()));
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  /** What the prepare step sets; with an outcome, one that came before the process started. */
  static Map<String, Object> facts(String outcome) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("promisedDeliveryAt", PROMISED_AT);
    facts.put("promisedDeliveryDate", "2099-01-10");
    facts.put("carrier", "DHL");
    facts.put("trackingNumber", "JD0001");
    facts.put("outcomeKnown", outcome != null);
    if (outcome != null) {
      facts.put("deliveryOutcome", outcome);
    }
    return facts;
  }

  ProcessInstance start(String shipmentNumber) {
    return runtimeService().startProcessInstanceByKey("delivery", ORDER,
        Map.of("orderNumber", ORDER, "shipmentNumber", shipmentNumber));
  }

  ProcessInstance startWaiting() {
    ProcessInstance pi = start(SHIPMENT);
    assertThat(pi).isWaitingAt("Task_AwaitOutcome").hasPassed("Task_PrepareDelivery");
    return pi;
  }

  int report(TrackingEventType outcome) {
    return processes.reportOutcome(ORDER, SHIPMENT, outcome);
  }

  void becomesLate(ProcessInstance pi) {
    Job timer = job("Event_DeliveryOverdue", pi);
    Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse(PROMISED_AT).toInstant()));
    execute(timer);
    // telling the customer is a save point: the timer's job ends before it
    assertThat(pi).isWaitingAt("Task_NotifyCustomerOfDelay");
    execute(job("Task_NotifyCustomerOfDelay", pi));
  }

  void handleLate(ProcessInstance pi, Map<String, Object> decision) {
    Task late = task("Task_HandleLateDelivery", pi);
    Assertions.assertThat(taskService().getIdentityLinksForTask(late.getId()))
        .anySatisfy(link -> Assertions.assertThat(link.getGroupId()).isEqualTo("customer-service"));
    identityService().setAuthenticatedUserId("carol");
    taskService().complete(late.getId(), decision);
    identityService().clearAuthentication();
    // recording (and telling the customer a new date) runs in a job after carol's completion
    assertThat(pi).isWaitingAt("Task_RecordLateDeliveryHandling");
    execute(job("Task_RecordLateDeliveryHandling", pi));
  }

  @Test
  void deliveredOnTimeEndsWithoutEscalation() {
    ProcessInstance pi = startWaiting();
    Assertions.assertThat(prepare.lastCall()).containsEntry("shipmentNumber", SHIPMENT).containsEntry("orderNumber", ORDER);

    Assertions.assertThat(report(TrackingEventType.DELIVERED)).isEqualTo(1);

    assertThat(pi).isEnded()
        .hasPassedInOrder("Task_AwaitOutcome", "Event_OutcomeReported", "Gateway_DeliveryOutcome", "Event_ShipmentDelivered")
        .hasNotPassed("Task_NotifyCustomerOfDelay", "Task_OpenCarrierClaim")
        .variables().containsEntry("deliveryOutcome", "DELIVERED");
    Assertions.assertThat(notifyLate.wasCalled()).isFalse();
  }

  @Test
  void lateShipmentIsEscalatedThenDeliveredAfterTheTaskWasHandled() {
    ProcessInstance pi = startWaiting();

    becomesLate(pi);

    assertThat(pi).hasPassed("Event_DeliveryOverdue", "Task_NotifyCustomerOfDelay")
        .isWaitingAt("Task_AwaitOutcome", "Task_HandleLateDelivery");
    Assertions.assertThat(notifyLate.lastCall()).containsEntry("promisedDeliveryAt", PROMISED_AT);
    handleLate(pi, Map.of("carrierContacted", true, "lateDeliveryNote", "Parcel stuck in the hub, arrives tomorrow"));
    assertThat(pi).hasPassed("Task_RecordLateDeliveryHandling", "Event_LateDeliveryHandled").isWaitingAt("Task_AwaitOutcome");
    Assertions.assertThat(recordLate.lastCall()).containsEntry("lateDeliveryNote", "Parcel stuck in the hub, arrives tomorrow")
        .as("the job acts for carol").containsEntry("lateDeliveryHandledBy", "carol");

    report(TrackingEventType.DELIVERED);

    assertThat(pi).isEnded().hasPassed("Event_ShipmentDelivered").variables().containsEntry("deliveryOutcome", "DELIVERED");
  }

  @Test
  void outcomeWhileTheLateTaskIsOpenEndsTheDelivery() {
    ProcessInstance pi = startWaiting();
    becomesLate(pi);
    assertThat(pi).isWaitingAt("Task_HandleLateDelivery");

    report(TrackingEventType.DELIVERED);

    assertThat(pi).isEnded().hasPassed("Event_OutcomeReported", "Event_ShipmentDelivered")
        .hasNotPassed("Task_RecordLateDeliveryHandling");
    Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void newExpectedDateRaisesTheLateDeliveryAgainAndLossThenOpensAClaim() {
    recordLate = RecordingDelegate.register("recordLateDeliveryDelegate",
        Map.of("newDateAgreed", true, "promisedDeliveryAt", NEW_DATE_AT));
    ProcessInstance pi = startWaiting();
    becomesLate(pi);
    handleLate(pi, Map.of("carrierContacted", true, "newExpectedDate", java.time.LocalDate.now().plusDays(20).toString(), "lateDeliveryNote", "Carrier promises the 20th"));

    assertThat(pi).isWaitingAt("Event_NewExpectedDatePassed", "Task_AwaitOutcome");
    Job newDate = job("Event_NewExpectedDatePassed", pi);
    Assertions.assertThat(newDate.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse(NEW_DATE_AT).toInstant()));
    execute(newDate);
    execute(job("Task_NotifyCustomerOfDelay", pi));

    // late again: the customer is told again, customer service gets the task again
    Assertions.assertThat(notifyLate.callCount()).isEqualTo(2);
    Assertions.assertThat(notifyLate.lastCall()).containsEntry("promisedDeliveryAt", NEW_DATE_AT);
    assertThat(pi).isWaitingAt("Task_HandleLateDelivery", "Task_AwaitOutcome");

    // the carrier reports the parcel lost while the task is open
    report(TrackingEventType.LOST);
    assertThat(pi).isWaitingAt("Task_OpenCarrierClaim");
    Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    execute(job("Task_OpenCarrierClaim", pi));

    assertThat(pi).isEnded().hasPassedInOrder("Gateway_DeliveryOutcome", "Task_OpenCarrierClaim", "Event_CarrierClaimOpened")
        .variables().containsEntry("deliveryOutcome", "LOST").containsEntry("claimNumber", "CL-2026-000001");
    Assertions.assertThat(openClaim.lastCall()).containsEntry("deliveryOutcome", "LOST").containsEntry("shipmentNumber", SHIPMENT);
  }

  @Test
  void damagedShipmentOpensAClaim() {
    ProcessInstance pi = startWaiting();

    report(TrackingEventType.DAMAGED);
    execute(job("Task_OpenCarrierClaim", pi));

    assertThat(pi).isEnded().hasPassed("Event_CarrierClaimOpened").hasNotPassed("Event_ShipmentDelivered")
        .variables().containsEntry("deliveryOutcome", "DAMAGED");
    Assertions.assertThat(openClaim.callCount()).isEqualTo(1);
  }

  @Test
  void outcomeReportedBeforeTheProcessStartedIsTakenFromTheShipment() {
    prepare = RecordingDelegate.register("prepareDeliveryDelegate", facts("DELIVERED"));
    ProcessInstance delivered = start(SHIPMENT);
    assertThat(delivered).isEnded().hasPassed("Gateway_OutcomeJoin", "Event_ShipmentDelivered")
        .hasNotPassed("Task_AwaitOutcome");

    prepare = RecordingDelegate.register("prepareDeliveryDelegate", facts("LOST"));
    ProcessInstance lost = start("SH-2026-000102");
    execute(job("Task_OpenCarrierClaim", lost));
    assertThat(lost).isEnded().hasPassed("Event_CarrierClaimOpened").hasNotPassed("Task_AwaitOutcome");
  }

  @Test
  void repeatedOutcomesAndOtherShipmentsOfTheOrderAreHarmless() {
    ProcessInstance first = startWaiting();
    ProcessInstance second = start("SH-2026-000102");

    Assertions.assertThat(report(TrackingEventType.DELIVERED)).isEqualTo(1);
    // the same outcome again, after the process ended: nobody waits, nothing fails
    Assertions.assertThat(report(TrackingEventType.DELIVERED)).isZero();
    Assertions.assertThat(report(TrackingEventType.LOST)).isZero();

    assertThat(first).isEnded().variables().containsEntry("deliveryOutcome", "DELIVERED");
    assertThat(second).isWaitingAt("Task_AwaitOutcome");
    Assertions.assertThat(openClaim.wasCalled()).isFalse();
  }

  @Test
  void lateDeliveryNeedsANoteAndAFutureDate() {
    ProcessInstance pi = startWaiting();
    becomesLate(pi);
    String taskId = task("Task_HandleLateDelivery", pi).getId();

    Assertions.assertThatThrownBy(() -> taskService().complete(taskId, Map.of("carrierContacted", true)))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e)).hasMessageContaining("请记录对延迟的发货单 " + SHIPMENT + " 采取了什么措施"));
    Assertions.assertThatThrownBy(() -> taskService().complete(taskId,
            Map.of("lateDeliveryNote", "Spoke to the carrier", "newExpectedDate", "2020-01-01")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e)).hasMessageContaining("必须是将来的日期"));
    assertThat(pi).isWaitingAt("Task_HandleLateDelivery");
    Assertions.assertThat(recordLate.wasCalled()).isFalse();
  }

  /** The contract with the shipment process: a call activity with these in and out mappings. */
  @Test
  void shipmentProcessCallsDeliveryAndGetsTheOutcome() {
    String deployment = repositoryService().createDeployment().name("caller").addModelInstance("shipment-caller.bpmn",
        Bpmn.createExecutableProcess("shipment-caller").camundaHistoryTimeToLive(1)
            .startEvent()
            .callActivity("Task_CallDelivery").calledElement("delivery")
            .camundaInBusinessKey("#{orderNumber}")
            .camundaIn("orderNumber", "orderNumber")
            .camundaIn("shipmentNumber", "shipmentNumber")
            .camundaOut("deliveryOutcome", "deliveryOutcome")
            .userTask("Task_AfterDelivery")
            .endEvent().done())
        .deploy().getId();
    try {
      ProcessInstance caller = runtimeService().startProcessInstanceByKey("shipment-caller", ORDER,
          Map.of("orderNumber", ORDER, "shipmentNumber", SHIPMENT));
      ProcessInstance delivery = calledProcessInstance("delivery", caller);
      Assertions.assertThat(delivery.getBusinessKey()).isEqualTo(ORDER);

      report(TrackingEventType.LOST);
      execute(job("Task_OpenCarrierClaim", delivery));

      assertThat(caller).isWaitingAt("Task_AfterDelivery").variables().containsEntry("deliveryOutcome", "LOST");
      Assertions.assertThat(managementService().createJobQuery().processInstanceId(caller.getId()).count()).isZero();
    } finally {
      repositoryService().deleteDeployment(deployment, true);
    }
  }
}
