package org.ordertocash.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.TaskRefusals;
import org.ordertocash.config.TaskRefusal;
import org.ordertocash.shipment.InvalidShipmentPlan;
import org.ordertocash.shipment.PickPackShipCheck;
import org.ordertocash.shipment.ShipmentPlan;
import org.ordertocash.shipment.ShipmentPlanCheck;
import org.ordertocash.shipment.ShipmentService;
import org.ordertocash.shipment.ShippingMethod;
import org.ordertocash.shipment.ShortageDecisionCheck;

/**
 * bpmn/shipment.bpmn with mocked delegates, the real task listeners (their shipment service
 * mocked) and a stand-in for the delivery process: it waits in one task whose completion sets
 * deliveryOutcome. Only shipment counts towards the coverage minimum.
 */
@Deployment(resources = {
    "bpmn/shipment.bpmn",
    "forms/decide-shortage.form",
    "forms/plan-shipment.form",
    "forms/pick-pack-ship.form"})
class ShipmentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .excludeProcessDefinitionKeys("delivery")
      .assertClassCoverageAtLeast(ProcessCoverage.MINIMUM)
      .build();

  static final String ORDER = "SO-3001";
  static final String DELIVERY_STUB = "Task_DeliveryStandIn";
  static final LocalDate PROMISED = LocalDate.of(2026, 12, 4);

  RecordingDelegate startShipping;
  RecordingDelegate reserveStock;
  RecordingDelegate requestReplenishment;
  RecordingDelegate substituteProducts;
  RecordingDelegate cancelOrder;
  RecordingDelegate createShipments;
  RecordingDelegate recordDelivery;
  /** Shipments whose stock is still missing; the next reservation of one of them succeeds. */
  Set<String> shortShipments = new HashSet<>();
  List<String> reservedShipments = new ArrayList<>();
  List<String> shipped = new ArrayList<>();
  int replacements;
  ShipmentService shipmentService;
  String standInDeployment;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    startShipping = RecordingDelegate.register("startShippingDelegate");
    reserveStock = RecordingDelegate.register("reserveStockDelegate", covered());
    requestReplenishment = RecordingDelegate.register("requestReplenishmentDelegate");
    substituteProducts = RecordingDelegate.register("substituteProductsDelegate");
    cancelOrder = RecordingDelegate.register("cancelOrderForShortageDelegate");
    createShipments = RecordingDelegate.register("createShipmentsDelegate", Map.of("shipmentNumbers", numbers("SH-1")));
    recordDelivery = RecordingDelegate.register("recordDeliveryDelegate");
    Mocks.register("reserveShipmentStockDelegate", (JavaDelegate) execution -> {
      String number = (String) execution.getVariable("shipmentNumber");
      reservedShipments.add(number);
      execution.setVariable("shipmentReady", !shortShipments.remove(number));
    });
    Mocks.register("shipShipmentDelegate", (JavaDelegate) execution ->
        shipped.add(execution.getVariable("shipmentNumber") + ":" + execution.getVariable("trackingNumber")
            + ":" + execution.getVariable("shippedBy")));
    Mocks.register("createReplacementDelegate", (JavaDelegate) execution -> {
      execution.setVariable("replacedShipment", execution.getVariable("shipmentNumber"));
      execution.setVariable("shipmentNumber", "SH-R" + (++replacements));
    });
    shipmentService = mock(ShipmentService.class);
    when(shipmentService.plan(anyString(), any(ShipmentPlan.class))).thenReturn(PROMISED);
    Mocks.register("shortageDecisionCheck", new ShortageDecisionCheck(shipmentService, new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("shipmentPlanCheck", new ShipmentPlanCheck(shipmentService, new TaskRefusals(OrderToCashProperties.defaults())));
    Mocks.register("pickPackShipCheck", new PickPackShipCheck(new TaskRefusals(OrderToCashProperties.defaults())));
    OrderSummariesStub.register();
    Mocks.register("shipmentSummaries", new ShipmentSummariesStub());
    standInDeployment = repositoryService().createDeployment().name("stand-ins")
        .addModelInstance("delivery-stand-in.bpmn", Bpmn.createExecutableProcess("delivery")
            .camundaHistoryTimeToLive(1).startEvent().userTask(DELIVERY_STUB).endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void tearDown() {
    repositoryService().deleteDeployment(standInDeployment, true);
    identityService().clearAuthentication();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  public static final class ShipmentSummariesStub {
    public String markdown(String shipmentNumber) {
      return "**Shipment " + shipmentNumber + "**";
    }
  }

  static ObjectValue numbers(String... numbers) {
    return Variables.objectValue(new ArrayList<>(List.of(numbers)))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }

  static Map<String, Object> covered() {
    return Map.of("stockShort", false, "shortageSummary", "| 1 | P-100 | 2 | 2 | 0 |", "shortageProposal", "NONE");
  }

  static Map<String, Object> shortOf(String proposal) {
    return Map.of("stockShort", true, "shortageSummary", "| 1 | P-300 | 10 | 8 | **2** |", "shortageProposal", proposal);
  }

  // ---------------------------------------------------------------- paths

  @Test
  void coveredOrderIsPlannedPickedShippedAndDelivered() {
    ProcessInstance pi = start();
    // the reservation runs in a job of its own (a goods receipt or retry starts it again)
    assertThat(pi).isWaitingAt("Task_ReserveStock");
    Assertions.assertThat(startShipping.lastCall()).containsEntry("orderNumber", ORDER);
    executeJobs(pi);

    assertThat(pi).hasPassedInOrder("Task_StartShipping", "Task_ReserveStock", "Gateway_StockShort",
        "Gateway_ShipmentsToCreate", "Task_CreateShipments", "Task_ReserveShipmentStock", "Gateway_ShipmentReady")
        .hasNotPassed("Task_DecideShortage");
    Task plan = task("Task_PlanShipment", "SH-1");
    Assertions.assertThat(taskService().getIdentityLinksForTask(plan.getId()))
        .anySatisfy(link -> Assertions.assertThat(link.getGroupId()).isEqualTo("warehouse"));
    Assertions.assertThat(taskService().getVariable(plan.getId(), "shipmentSummary")).isEqualTo("**Shipment SH-1**");

    planCarrier("SH-1");
    // the plan went to the shipment service as entered; the promised date came back
    org.mockito.Mockito.verify(shipmentService).plan("SH-1", new ShipmentPlan(LocalDate.of(2026, 12, 1),
        ShippingMethod.CARRIER, "SF Express", "EXPRESS", 2, new BigDecimal("12.5")));
    Task pick = task("Task_PickPackShip", "SH-1");
    Assertions.assertThat(taskService().getVariable(pick.getId(), "promisedDeliveryDate")).isEqualTo("2026-12-04");

    pickPackShip("SH-1", "SF123456");
    assertThat(pi).isWaitingAt("Task_ShipShipment");
    executeJobs(pi);
    Assertions.assertThat(shipped).containsExactly("SH-1:SF123456:walter");

    ProcessInstance delivery = delivery("SH-1");
    Assertions.assertThat(delivery.getBusinessKey()).isEqualTo(ORDER);
    Assertions.assertThat(runtimeService().getVariable(delivery.getId(), "orderNumber")).isEqualTo(ORDER);
    deliveryEnds("SH-1", "DELIVERED");

    assertThat(pi).isEnded().hasPassedInOrder("Task_CallDelivery", "Gateway_DeliveryOutcome", "Task_RecordDelivery",
        "Event_ShipmentDelivered", "Event_OrderDelivered").hasNotPassed("Task_CreateReplacement");
    Assertions.assertThat(recordDelivery.lastCall()).containsEntry("shipmentNumber", "SH-1");
    Assertions.assertThat(outcome(pi)).isEqualTo("DELIVERED");
  }

  @Test
  void theChoiceMadeInReviewIsPreselectedAndCanBeChanged() {
    reserveStock = RecordingDelegate.register("reserveStockDelegate", shortOf("PARTIAL_DELIVERY"));
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("shipment", ORDER,
        withVariables("orderNumber", ORDER, "enteredBy", "sally", "fulfilment", "PARTIAL_DELIVERY"));
    executeJobs(pi);
    Task decide = singleTask(pi, "Task_DecideShortage");
    Assertions.assertThat(taskService().getVariable(decide.getId(), "reviewFulfilment")).isEqualTo("PARTIAL_DELIVERY");
    Assertions.assertThat(taskService().getVariable(decide.getId(), "shortageDecision"))
        .isEqualTo("SHIP_AVAILABLE_BACKORDER_REST");

    // the person deciding now may choose otherwise: what they submit counts
    decide(decide, Map.of("shortageDecision", "WAIT"), "walter");

    assertThat(pi).hasPassed("Task_RequestReplenishment").isWaitingAt("Event_StockReplenished");
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), "shortageDecision")).isEqualTo("WAIT");
  }

  @Test
  void reviewsBackorderOrWaitPreselectsWaitingAndNoChoiceNothing() {
    reserveStock = RecordingDelegate.register("reserveStockDelegate", shortOf("WAIT"));
    for (String fulfilment : new String[] {"BACKORDER", "WAIT", null}) {
      ProcessInstance pi = runtimeService().startProcessInstanceByKey("shipment", ORDER + fulfilment,
          withVariables("orderNumber", ORDER, "enteredBy", "sally", "fulfilment", fulfilment));
      executeJobs(pi);
      Task decide = singleTask(pi, "Task_DecideShortage");
      Assertions.assertThat(taskService().getVariable(decide.getId(), "shortageDecision")).as(fulfilment)
          .isEqualTo(fulfilment == null ? null : "WAIT");
      Assertions.assertThat(taskService().getVariable(decide.getId(), "reviewFulfilment")).as(fulfilment)
          .isEqualTo(fulfilment == null ? "none" : fulfilment);
      runtimeService().deleteProcessInstance(pi.getId(), "test");
    }
  }

  @Test
  void shortageShipsWhatIsAvailableAndTheBackorderWaitsForAGoodsReceipt() {
    reserveStock = RecordingDelegate.register("reserveStockDelegate", shortOf("SHIP_AVAILABLE_BACKORDER_REST"));
    createShipments = RecordingDelegate.register("createShipmentsDelegate", Map.of("shipmentNumbers", numbers("SH-1", "SH-2")));
    shortShipments.add("SH-2");
    ProcessInstance pi = startAndReserve();
    Task decide = singleTask(pi, "Task_DecideShortage");
    Assertions.assertThat(taskService().getIdentityLinksForTask(decide.getId()))
        .extracting(link -> link.getGroupId()).contains("sales", "warehouse");
    Assertions.assertThat(taskService().getVariable(decide.getId(), "orderSummary"))
        .isEqualTo(OrderSummariesStub.summaryOf(ORDER));

    decide(decide, Map.of("shortageDecision", "SHIP_AVAILABLE_BACKORDER_REST"), "sally");
    executeJobs(pi);

    // the initial shipment goes ahead; the backorder waits for stock
    assertThat(pi).hasPassedInOrder("Gateway_ShortageDecision", "Gateway_ShipmentsToCreate", "Task_CreateShipments")
        .isWaitingAt("Event_BackorderReplenished", "Task_PlanShipment");
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("shortageDecidedBy").singleResult().getValue()).isEqualTo("sally");
    Assertions.assertThat(reservedShipments).containsExactlyInAnyOrder("SH-1", "SH-2");
    task("Task_PlanShipment", "SH-1");
    Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_PlanShipment").count()).isEqualTo(1);

    // a receipt for another order's shipment does not wake this one
    Assertions.assertThat(replenish("SH-9")).isZero();
    // the receipt for SH-2 does: it reserves again (in a job) and goes to planning
    Assertions.assertThat(replenish("SH-2")).isEqualTo(1);
    executeJobs(pi);
    Assertions.assertThat(reservedShipments).containsExactlyInAnyOrder("SH-1", "SH-2", "SH-2");
    task("Task_PlanShipment", "SH-2");

    // both shipments are planned differently: each keeps its own plan
    planCarrier("SH-1");
    complete(task("Task_PlanShipment", "SH-2"), plan("2026-12-02", "OWN_FLEET", 1, 3.0), "walter");
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), "shippingMethod")).isNull();
    Assertions.assertThat(runtimeService().getVariable(task("Task_PickPackShip", "SH-2").getExecutionId(), "shippingMethod"))
        .isEqualTo("OWN_FLEET");
    pickPackShip("SH-1", "SF1");
    pickPackShip("SH-2", null);
    executeJobs(pi);
    Assertions.assertThat(shipped).containsExactlyInAnyOrder("SH-1:SF1:walter", "SH-2:null:walter");

    deliveryEnds("SH-2", "DELIVERED");
    assertThat(pi).isActive();
    Assertions.assertThat(recordDelivery.callCount()).isEqualTo(1);
    deliveryEnds("SH-1", "DELIVERED");
    assertThat(pi).isEnded().hasPassed("Event_OrderDelivered");
    Assertions.assertThat(recordDelivery.callCount()).isEqualTo(2);
    Assertions.assertThat(outcome(pi)).isEqualTo("DELIVERED");
  }

  @Test
  void waitingOrderIsReservedAgainWhenGoodsArrive() {
    reserveStock = RecordingDelegate.register("reserveStockDelegate", shortOf("WAIT")).then(covered());
    ProcessInstance pi = startAndReserve();

    decide(singleTask(pi, "Task_DecideShortage"), Map.of("shortageDecision", "WAIT"), "walter");

    assertThat(pi).hasPassed("Task_RequestReplenishment").isWaitingAt("Event_StockReplenished");
    Assertions.assertThat(requestReplenishment.lastCall()).containsEntry("orderNumber", ORDER);
    Assertions.assertThat(replenish("SH-1")).isZero();
    Assertions.assertThat(replenish(ORDER)).isEqualTo(1);
    assertThat(pi).isWaitingAt("Task_ReserveStock");
    executeJobs(pi);

    Assertions.assertThat(reserveStock.callCount()).isEqualTo(2);
    assertThat(pi).hasPassedInOrder("Event_StockReplenished", "Gateway_ToReserve", "Task_ReserveStock",
        "Gateway_ShipmentsToCreate", "Task_CreateShipments");
    shipAndDeliver(pi, "SH-1", "DELIVERED");
    assertThat(pi).isEnded().hasPassed("Event_OrderDelivered");
  }

  @Test
  void substituteProductsAreReservedInsteadOfTheShortOnes() {
    reserveStock = RecordingDelegate.register("reserveStockDelegate", shortOf("SHIP_AVAILABLE_BACKORDER_REST")).then(covered());
    ProcessInstance pi = startAndReserve();
    Task decide = singleTask(pi, "Task_DecideShortage");

    // a substitution without substitutes, or one the order does not allow, is refused
    assertRefused(() -> decide(decide, Map.of("shortageDecision", "SUBSTITUTE"), "sally"), "substitutions");
    assertRefused(() -> decide(decide, Map.of("shortageDecision", "SUBSTITUTE", "substitutions", "1:P-200"), "sally"),
        "substitutions");
    doThrow(new IllegalArgumentException("Order SO-3001 has no line 7"))
        .when(shipmentService).checkSubstitutes(eq(ORDER), anyMap());
    assertRefused(() -> decide(decide, Map.of("shortageDecision", "SUBSTITUTE", "substitutions", "7=P-200"), "sally"),
        "substitutions");
    org.mockito.Mockito.reset(shipmentService);
    when(shipmentService.plan(anyString(), any(ShipmentPlan.class))).thenReturn(PROMISED);
    assertRefused(() -> decide(decide, Map.of("shortageDecision", "SOMETHING"), "sally"), "shortageDecision");
    Assertions.assertThat(substituteProducts.wasCalled()).isFalse();

    decide(decide, Map.of("shortageDecision", "SUBSTITUTE", "substitutions", "1=P-200"), "sally");

    Assertions.assertThat(substituteProducts.lastCall()).containsEntry("substitutions", "1=P-200")
        .containsEntry("shortageDecidedBy", "sally");
    executeJobs(pi);
    Assertions.assertThat(reserveStock.callCount()).isEqualTo(2);
    assertThat(pi).hasPassedInOrder("Task_SubstituteProducts", "Gateway_ToReserve", "Task_ReserveStock",
        "Task_CreateShipments");
    shipAndDeliver(pi, "SH-1", "DELIVERED");
    assertThat(pi).isEnded();
  }

  @Test
  void cancellingForShortageCancelsTheOrderInAJobForWhoDecided() {
    reserveStock = RecordingDelegate.register("reserveStockDelegate", shortOf("WAIT"));
    ProcessInstance pi = startAndReserve();
    decide(singleTask(pi, "Task_DecideShortage"), Map.of("shortageDecision", "WAIT"), "sally");
    replenish(ORDER);
    executeJobs(pi); // still short after the receipt: decide again
    Task again = singleTask(pi, "Task_DecideShortage");

    assertRefused(() -> decide(again, Map.of("shortageDecision", "CANCEL"), "sally"), "shortageNote");
    decide(again, Map.of("shortageDecision", "CANCEL", "shortageNote", "Customer will not wait"), "sally");
    assertThat(pi).isWaitingAt("Task_CancelOrder"); // a save point: sally's decision commits first
    executeJobs(pi);

    // releasing the reservations is the order's cancellation's business (ADR 0010), not the model's
    assertThat(pi).isEnded().hasPassedInOrder("Gateway_ShortageDecision", "Task_CancelOrder", "Event_ShipmentCancelled")
        .hasNotPassed("Task_CreateShipments");
    Assertions.assertThat(cancelOrder.lastCall()).containsEntry("shortageNote", "Customer will not wait")
        .containsEntry("shortageDecidedBy", "sally");
    Assertions.assertThat(outcome(pi)).isEqualTo("CANCELLED");
  }

  @Test
  void lostAndDamagedShipmentsAreReplacedUntilDelivered() {
    ProcessInstance pi = startAndReserve();
    shipAndDeliver(pi, "SH-1", "LOST");

    assertThat(pi).isActive().hasPassed("Task_CreateReplacement");
    Assertions.assertThat(reservedShipments).containsExactly("SH-1", "SH-R1");
    shipAndDeliver(pi, "SH-R1", "DAMAGED");
    shipAndDeliver(pi, "SH-R2", "DELIVERED");

    assertThat(pi).isEnded().hasPassed("Event_OrderDelivered");
    Assertions.assertThat(shipped).containsExactly("SH-1:SF-SH-1:walter", "SH-R1:SF-SH-R1:walter", "SH-R2:SF-SH-R2:walter");
    Assertions.assertThat(recordDelivery.callCount()).isEqualTo(1);
    Assertions.assertThat(recordDelivery.lastCall()).containsEntry("shipmentNumber", "SH-R2")
        .containsEntry("replacedShipment", "SH-R1");
    List<HistoricProcessInstance> deliveries = historyService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).processDefinitionKey("delivery").list();
    Assertions.assertThat(deliveries).hasSize(3).allSatisfy(d -> Assertions.assertThat(d.getBusinessKey()).isEqualTo(ORDER));
  }

  @Test
  void replacementShortOfStockWaitsForAGoodsReceipt() {
    ProcessInstance pi = startAndReserve();
    shortShipments.add("SH-R1");
    shipAndDeliver(pi, "SH-1", "DAMAGED");
    executeJobs(pi);

    assertThat(pi).isWaitingAt("Event_BackorderReplenished");
    Assertions.assertThat(replenish("SH-R1")).isEqualTo(1);
    executeJobs(pi);
    shipAndDeliver(pi, "SH-R1", "DELIVERED");
    assertThat(pi).isEnded();
  }

  @Test
  void invalidPlansAndIncompleteChecklistsAreRefused() {
    ProcessInstance pi = startAndReserve();
    Task plan = task("Task_PlanShipment", "SH-1");

    when(shipmentService.plan(anyString(), any(ShipmentPlan.class)))
        .thenThrow(new InvalidShipmentPlan("plannedShipDate", "The ship date 2020-01-01 lies in the past"));
    assertRefused(() -> complete(plan, plan("2020-01-01", "OWN_FLEET", 1, 1.0), "walter"), "plannedShipDate");
    assertRefused(() -> complete(plan, plan("someday", "OWN_FLEET", 1, 1.0), "walter"), "plannedShipDate");
    assertRefused(() -> complete(plan, plan("2026-12-01", "BY_DRONE", 1, 1.0), "walter"), "shippingMethod");
    assertRefused(() -> complete(plan, plan("2026-12-01", "OWN_FLEET", 1.5, 1.0), "walter"), "packages");
    assertThat(pi).isWaitingAt("Task_PlanShipment");

    when(shipmentService.plan(anyString(), any(ShipmentPlan.class))).thenReturn(PROMISED);
    planCarrier("SH-1");
    Task pick = task("Task_PickPackShip", "SH-1");
    assertRefused(() -> complete(pick, withVariables("picked", true, "packed", true, "labelled", false,
        "trackingNumber", "SF1"), "walter"), "labelled");
    assertRefused(() -> complete(pick, withVariables("picked", true, "packed", true, "labelled", true), "walter"),
        "trackingNumber");
    assertThat(pi).isWaitingAt("Task_PickPackShip");
    Assertions.assertThat(shipped).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("shipment", ORDER,
        withVariables("orderNumber", ORDER, "enteredBy", "sally"));
  }

  ProcessInstance startAndReserve() {
    ProcessInstance pi = start();
    executeJobs(pi);
    return pi;
  }

  /** Runs every due job of the instance (reservations, shipping) until none is left. */
  void executeJobs(ProcessInstance pi) {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = jobQuery().processInstanceId(pi.getId()).list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> execute(job));
    }
  }

  Task singleTask(ProcessInstance pi, String key) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  /** The open task of one shipment. */
  Task task(String key, String shipmentNumber) {
    return taskQuery().taskDefinitionKey(key).list().stream()
        .filter(t -> shipmentNumber.equals(taskService().getVariable(t.getId(), "shipmentNumber")))
        .findFirst().orElseThrow(() -> new AssertionError("no " + key + " for " + shipmentNumber));
  }

  void complete(Task task, Map<String, Object> variables, String user) {
    identityService().setAuthenticatedUserId(user);
    try {
      taskService().complete(task.getId(), variables);
    } finally {
      identityService().clearAuthentication();
    }
  }

  void decide(Task task, Map<String, Object> variables, String user) {
    complete(task, variables, user);
  }

  static Map<String, Object> plan(String date, String method, Object packages, Object weight) {
    Map<String, Object> v = new HashMap<>();
    v.put("plannedShipDate", date);
    v.put("shippingMethod", method);
    v.put("packages", packages);
    v.put("weightKg", weight);
    return v;
  }

  void planCarrier(String shipmentNumber) {
    Map<String, Object> v = plan("2026-12-01", "CARRIER", 2L, 12.5);
    v.put("carrier", "SF Express");
    v.put("carrierService", "EXPRESS");
    complete(task("Task_PlanShipment", shipmentNumber), v, "walter");
  }

  void pickPackShip(String shipmentNumber, String trackingNumber) {
    Map<String, Object> v = new HashMap<>(Map.of("picked", true, "packed", true, "labelled", true));
    if (trackingNumber != null) {
      v.put("trackingNumber", trackingNumber);
    }
    complete(task("Task_PickPackShip", shipmentNumber), v, "walter");
  }

  ProcessInstance delivery(String shipmentNumber) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey("delivery")
        .variableValueEquals("shipmentNumber", shipmentNumber).singleResult();
  }

  void deliveryEnds(String shipmentNumber, String outcome) {
    ProcessInstance delivery = delivery(shipmentNumber);
    Task stub = taskQuery().processInstanceId(delivery.getId()).taskDefinitionKey(DELIVERY_STUB).singleResult();
    taskService().complete(stub.getId(), withVariables("deliveryOutcome", outcome));
  }

  /** Plans (by carrier), picks, ships and ends the delivery of a shipment waiting for planning. */
  void shipAndDeliver(ProcessInstance pi, String shipmentNumber, String outcome) {
    executeJobs(pi);
    planCarrier(shipmentNumber);
    pickPackShip(shipmentNumber, "SF-" + shipmentNumber);
    executeJobs(pi);
    deliveryEnds(shipmentNumber, outcome);
    executeJobs(pi);
  }

  /** What a goods receipt does: wakes whoever waits for the order or the shipment. */
  int replenish(String awaited) {
    return runtimeService().createMessageCorrelation("StockReplenished")
        .processInstanceBusinessKey(ORDER)
        .localVariableEquals("awaitedStock", awaited)
        .correlateAllWithResult().size();
  }

  /** How the shipment ended: at "Order delivered" or at "Order cancelled" (the error end event). */
  String outcome(ProcessInstance pi) {
    for (String end : List.of("Event_OrderDelivered", "Event_ShipmentCancelled")) {
      if (historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityId(end)
          .count() > 0) {
        return end.equals("Event_OrderDelivered") ? "DELIVERED" : "CANCELLED";
      }
    }
    return null;
  }

  static void assertRefused(Runnable action, String field) {
    Assertions.assertThatThrownBy(action::run).isInstanceOf(ProcessEngineException.class)
        .satisfies(e -> Assertions.assertThat(TaskRefusal.find(e)).isNotNull()
            .satisfies(refusal -> Assertions.assertThat((Object) refusal.getDetail()).isEqualTo(field)));
  }
}
