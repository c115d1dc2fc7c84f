package org.ordertocash.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.config.TaskRefusal;
import org.ordertocash.document.DocumentView;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentService;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderQueryService;
import org.ordertocash.order.OrderRepository;
import org.ordertocash.order.OrderView;
import org.ordertocash.order.OrderStatus;
import org.ordertocash.outbox.OutboxMessageView;
import org.ordertocash.outbox.OutboxService;
import org.ordertocash.support.Api;
import org.ordertocash.support.TestCustomers;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shipment process with the real delegates, listeners and domain: orders are entered through
 * the API and confirmed by review, the shipment process is started for them as order-to-cash
 * does, and the warehouse works its tasks as walter. The carrier's delivery process is a stand-in
 * (one task whose completion sets deliveryOutcome), deployed for these tests only.
 */
@AppTest
class ShipmentFlowTest {

  static final String DELIVERY_STUB = "Task_DeliveryStandIn";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired OrderRepository orders;
  @Autowired ShipmentRepository shipments;
  @Autowired DocumentService documents;
  @Autowired OrderLifecycle lifecycle;
  @Autowired OrderQueryService queries;
  @Autowired OutboxService outbox;
  @Autowired JdbcClient jdbc;
  @Autowired DeliveryNoteDocument deliveryNote;
  @Autowired PlatformTransactionManager transactions;
  StockFixtures fixtures;
  String standIn;
  String customer;

  @BeforeEach
  void setUp() {
    fixtures = new StockFixtures(jdbc);
    customer = TestCustomers.chinese(jdbc);
    identityService.clearAuthentication();
    standIn = repositoryService.createDeployment().name("delivery-stand-in")
        .addModelInstance("delivery-stand-in.bpmn", Bpmn.createExecutableProcess("delivery")
            .camundaHistoryTimeToLive(1).startEvent().userTask(DELIVERY_STUB).camundaCandidateGroups("warehouse")
            .camundaDueDate("${dateTime().plusDays(1).toDate()}").endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    repositoryService.deleteDeployment(standIn, true);
  }

  @Test
  void coveredOrderIsPlannedShippedWithADeliveryNoteAndDelivered() {
    String sku = fixtures.product(Map.of("WH-SH", 10, "WH-GZ", 4));
    String number = confirmedOrder(sku, 3);
    startShipment(number);

    Task plan = awaitTask(number, "Task_PlanShipment", null);
    String shipmentNumber = (String) taskService.getVariable(plan.getId(), "shipmentNumber");
    assertThat(shipmentNumber).matches("SH-\\d{4}-\\d{6}");
    assertThat(orders.findByNumber(number).orElseThrow().getStatus()).isEqualTo(OrderStatus.SHIPPING);
    assertThat((String) taskService.getVariable(plan.getId(), "shipmentSummary")).contains(shipmentNumber, sku, "WH-GZ 3");
    assertThat(fixtures.reserved(sku, "WH-GZ")).isEqualTo(3);
    // covered stock: the reservation's facts were read at once and not stored
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(plan.getProcessInstanceId())
        .variableNameIn("stockShort", "shortageSummary", "shortageProposal").count()).isZero();

    // a ship date in the past is refused; the task stays open
    actAs("walter", "warehouse");
    assertThatThrownBy(() -> taskService.complete(plan.getId(), planVariables(LocalDate.now().minusDays(1))))
        .isInstanceOf(ProcessEngineException.class).matches(TaskRefusal::isRefusal);
    assertThat(shipment(shipmentNumber).getStatus()).isEqualTo(ShipmentStatus.TO_PLAN);
    taskService.complete(plan.getId(), planVariables(LocalDate.now().plusDays(1)));

    Shipment planned = shipment(shipmentNumber);
    assertThat(planned.getStatus()).isEqualTo(ShipmentStatus.PLANNED);
    assertThat(planned.getMethod()).isEqualTo(ShippingMethod.CARRIER);
    assertThat(planned.getPromisedDeliveryDate()).isEqualTo(LocalDate.now().plusDays(2)); // express, 1 day in CN
    Task pick = awaitTask(number, "Task_PickPackShip", shipmentNumber);
    actAs("walter", "warehouse");
    taskService.complete(pick.getId(), Map.of("picked", true, "packed", true, "labelled", true,
        "trackingNumber", "SF1234567"));

    awaitDelivery(shipmentNumber);
    Shipment shipped = shipment(shipmentNumber);
    assertThat(shipped.getStatus()).isEqualTo(ShipmentStatus.SHIPPED);
    assertThat(shipped.getTrackingNumber()).isEqualTo("SF1234567");
    DocumentView note = documents.get(shipped.getDeliveryNoteDocumentId());
    assertThat(note.kind()).isEqualTo(DocumentKind.DELIVERY_NOTE);
    assertThat(pdfText(documents.content(note.id()))).as("in the customer's language, Chinese")
        .contains("送货单 " + shipmentNumber, TestCustomers.chineseName(customer), TestCustomers.CHINESE_STREET,
            "承运商, SF Express · 加急快递", "运单号 SF1234567", "件数合计 3", "发货方", "收货人签收", "货物完好收到");
    TestCustomers.speaks(jdbc, customer, "en");
    assertThat(pdfText(deliveryNote.render(shipped, "SF1234567"))).as("the same note for a customer who reads English")
        .contains("Delivery note " + shipmentNumber, "Carrier, SF Express · Express", "Tracking number SF1234567",
            "Pieces in all 3", "Received by", "Goods received intact");
    assertThat(note.createdBy()).isEqualTo("walter");
    // goods left the warehouse: on hand down, nothing reserved any more
    assertThat(fixtures.onHand(sku, "WH-GZ")).isEqualTo(1);
    assertThat(fixtures.reservedTotal(sku)).isZero();
    assertThat(fixtures.reservations(sku, "SHIPPED")).isEqualTo(3);

    ResponseEntity<Map> view = Api.as(rest, "audrey").get("/api/shipments/" + shipmentNumber);
    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(view.getBody()).containsEntry("status", "SHIPPED").containsEntry("orderNumber", number)
        .containsEntry("carrier", "SF Express").containsEntry("trackingNumber", "SF1234567");
    assertThat((Map<String, Object>) view.getBody().get("deliveryNote"))
        .containsEntry("href", "/api/documents/" + note.id());
    assertThat(Api.as(rest, "walter").getText("/api/documents/" + note.id()).getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> listed = (List<Map<String, Object>>) Api.as(rest, "carol").get("/api/orders/" + number)
        .getBody().get("shipments");
    assertThat(listed).singleElement().satisfies(s -> assertThat(s).containsEntry("number", shipmentNumber)
        .containsEntry("status", "SHIPPED").containsEntry("href", "/api/shipments/" + shipmentNumber));

    deliveryEnds(shipmentNumber, "DELIVERED");

    awaitStatus(number, OrderStatus.DELIVERED);
    assertThat(shipment(shipmentNumber).getStatus()).isEqualTo(ShipmentStatus.DELIVERED);
    assertThat(shipmentOutcome(number)).isEqualTo("DELIVERED");
  }

  @Test
  void shortOrderShipsWhatIsThereAndTheBackorderFollowsTheGoodsReceipt() {
    String sku = fixtures.product(Map.of("WH-SH", 3));
    String number = confirmedOrderAfterManagerReview(sku, 5);
    startShipment(number);

    Task decide = awaitTask(number, "Task_DecideShortage", null);
    assertThat((String) taskService.getVariable(decide.getId(), "shortageSummary"))
        .contains("| 1 | " + sku + " | 5 | 3 | **2** |");
    assertThat(taskService.getVariable(decide.getId(), "shortageProposal")).isEqualTo("SHIP_AVAILABLE_BACKORDER_REST");
    actAs("walter", "warehouse");
    taskService.complete(decide.getId(), Map.of("shortageDecision", "SHIP_AVAILABLE_BACKORDER_REST"));

    Task plan = awaitTask(number, "Task_PlanShipment", null);
    List<Shipment> both = shipmentsOf(number);
    assertThat(both).extracting(Shipment::getKind).containsExactly(ShipmentKind.INITIAL, ShipmentKind.BACKORDER);
    Shipment backorder = both.get(1);
    assertThat(backorder.getLines()).singleElement().satisfies(l -> assertThat(l.getQuantity()).isEqualTo(2));
    await().atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createEventSubscriptionQuery()
        .processInstanceId(decide.getProcessInstanceId()).eventName("StockReplenished").count() == 1);
    assertThat(shipment(backorder.getNumber()).getStatus()).isEqualTo(ShipmentStatus.AWAITING_STOCK);
    assertThat(openRequests(number)).containsExactly(sku + ":2:" + backorder.getNumber());
    assertThat(plan.getExecutionId()).isNotNull();

    ResponseEntity<Map> receipt = Api.as(rest, "walter").post("/api/stock/receipts",
        "{\"sku\": \"" + sku + "\", \"warehouseCode\": \"WH-GZ\", \"quantity\": 10, \"reference\": \"GR-" + number + "\"}");

    assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((List<String>) receipt.getBody().get("woken")).containsExactly(backorder.getNumber());
    Task backorderPlan = awaitTask(number, "Task_PlanShipment", backorder.getNumber());
    assertThat(backorderPlan).isNotNull();
    assertThat(shipment(backorder.getNumber()).getStatus()).isEqualTo(ShipmentStatus.TO_PLAN);
    assertThat(openRequests(number)).isEmpty();
    assertThat(fixtures.reserved(sku, "WH-GZ")).isEqualTo(2);
    assertThat(fixtures.reservedTotal(sku)).isEqualTo(5);

    // the order is cancelled while both shipments wait for planning: every unit goes back
    new TransactionTemplate(transactions).executeWithoutResult(s -> lifecycle.cancel(number, "carol", "Customer withdrew"));
    assertThat(fixtures.reservedTotal(sku)).isZero();
    assertThat(shipments.findByOrderNumberOrderById(number)).extracting(Shipment::getStatus)
        .containsOnly(ShipmentStatus.CANCELLED);
    runtimeService.deleteProcessInstance(decide.getProcessInstanceId(), "order cancelled");
  }

  @Test
  void waitingOrderIsWokenByTheGoodsReceiptAndShipsComplete() {
    String sku = fixtures.product(Map.of("WH-SH", 1));
    String number = confirmedOrderAfterManagerReview(sku, 4);
    startShipment(number);
    Task decide = awaitTask(number, "Task_DecideShortage", null);
    actAs("walter", "warehouse");
    taskService.complete(decide.getId(), Map.of("shortageDecision", "WAIT"));
    assertThat(openRequests(number)).containsExactly(sku + ":3:null");
    assertThat(shipmentsOf(number)).isEmpty();

    ResponseEntity<Map> receipt = Api.as(rest, "walter").post("/api/stock/receipts",
        "{\"sku\": \"" + sku + "\", \"warehouseCode\": \"WH-SH\", \"quantity\": 5, \"reference\": \"GR-W-" + number + "\"}");
    assertThat((List<String>) receipt.getBody().get("woken")).containsExactly(number);

    Task plan = awaitTask(number, "Task_PlanShipment", null);
    Shipment only = shipment((String) taskService.getVariable(plan.getId(), "shipmentNumber"));
    assertThat(only.getKind()).isEqualTo(ShipmentKind.INITIAL);
    assertThat(only.getLines()).singleElement().satisfies(l -> assertThat(l.getQuantity()).isEqualTo(4));
    assertThat(openRequests(number)).isEmpty();
    assertThat(fixtures.reserved(sku, "WH-SH")).isEqualTo(4);
    runtimeService.deleteProcessInstance(plan.getProcessInstanceId(), "test done");
  }

  @Test
  void substituteIsShippedInsteadOfTheShortProduct() {
    String scarce = fixtures.product(Map.of("WH-SH", 1));
    String substitute = fixtures.product(Map.of("WH-GZ", 6));
    String number = confirmedOrderAfterManagerReview(scarce, 3);
    startShipment(number);
    Task decide = awaitTask(number, "Task_DecideShortage", null);

    actAs("sally", "sales");
    assertThatThrownBy(() -> taskService.complete(decide.getId(),
        Map.of("shortageDecision", "SUBSTITUTE", "substitutions", "2=" + substitute)))
        .isInstanceOf(ProcessEngineException.class).matches(TaskRefusal::isRefusal);
    taskService.complete(decide.getId(), Map.of("shortageDecision", "SUBSTITUTE", "substitutions", "1=" + substitute));

    Task plan = awaitTask(number, "Task_PlanShipment", null);
    Shipment only = shipment((String) taskService.getVariable(plan.getId(), "shipmentNumber"));
    assertThat(only.getLines()).singleElement().satisfies(l -> assertThat(l.getSku()).isEqualTo(substitute));
    assertThat(queries.view(number).lines()).singleElement().satisfies(l -> assertThat(l.sku()).isEqualTo(substitute));
    assertThat(fixtures.reservedTotal(scarce)).isZero();
    assertThat(fixtures.reserved(substitute, "WH-GZ")).isEqualTo(3);
    runtimeService.deleteProcessInstance(plan.getProcessInstanceId(), "test done");
  }

  @Test
  void cancellingForShortageReleasesTheReservationAndCancelsTheOrder() {
    String sku = fixtures.product(Map.of("WH-SH", 1));
    String number = confirmedOrderAfterManagerReview(sku, 3);
    startShipment(number);
    Task decide = awaitTask(number, "Task_DecideShortage", null);
    assertThat(fixtures.reservedTotal(sku)).isEqualTo(1);

    actAs("sally", "sales");
    taskService.complete(decide.getId(), Map.of("shortageDecision", "CANCEL", "shortageNote", "Out of production"));

    awaitStatus(number, OrderStatus.CANCELLED);
    assertThat(fixtures.reservedTotal(sku)).isZero();
    assertThat(fixtures.reservations(sku, "RELEASED")).isEqualTo(1);
    List<OrderView.StatusChange> history = queries.view(number).statusHistory();
    assertThat(history.get(history.size() - 1).changedBy()).isEqualTo("sally");
    assertThat(history.get(history.size() - 1).reason()).isEqualTo("Not enough stock: Out of production");
    assertThat(outbox.messagesFor(number)).extracting(OutboxMessageView::type).contains("ORDER_CANCELLED");
    assertThat(shipmentOutcome(number)).isEqualTo("CANCELLED");
  }

  @Test
  void lostShipmentIsReplacedWithTheSameLines() {
    String sku = fixtures.product(Map.of("WH-SH", 10));
    String number = confirmedOrder(sku, 2);
    startShipment(number);
    String first = shipToCarrier(number, null);

    deliveryEnds(first, "LOST");

    Task plan = awaitTask(number, "Task_PlanShipment", null);
    String replacement = (String) taskService.getVariable(plan.getId(), "shipmentNumber");
    Shipment shipment = shipment(replacement);
    assertThat(shipment.getKind()).isEqualTo(ShipmentKind.REPLACEMENT);
    assertThat(shipment.getReplacesShipment()).isEqualTo(first);
    assertThat(shipment(first).getStatus()).isEqualTo(ShipmentStatus.LOST);
    assertThat(orders.findByNumber(number).orElseThrow().getStatus()).isEqualTo(OrderStatus.SHIPPING);
    assertThat(shipment.getLines()).singleElement().satisfies(l -> assertThat(l.getQuantity()).isEqualTo(2));
    assertThat(fixtures.onHand(sku, "WH-SH")).isEqualTo(8);
    assertThat(fixtures.reserved(sku, "WH-SH")).isEqualTo(2);

    shipToCarrier(number, replacement);
    deliveryEnds(replacement, "DELIVERED");
    awaitStatus(number, OrderStatus.DELIVERED);
    assertThat(fixtures.onHand(sku, "WH-SH")).isEqualTo(6);
  }

  // ------------------------------------------------------------------ helpers

  private String confirmedOrder(String sku, int quantity) {
    String number = enter("sally", sku, quantity);
    awaitStatus(number, OrderStatus.CONFIRMED);
    return number;
  }

  private String confirmedOrderAfterManagerReview(String sku, int quantity) {
    String number = enter("sally", sku, quantity);
    Task review = awaitTask(number, "Task_ReviewOrder", null);
    actAs("mike", "sales-managers");
    taskService.complete(review.getId(), Map.of("reviewDecision", "approve", "fulfilment", "BACKORDER"));
    awaitStatus(number, OrderStatus.CONFIRMED);
    return number;
  }

  private String enter(String user, String sku, int quantity) {
    String body = """
        {"customerCode": "%s", "channel": "PHONE", "lines": [{"sku": "%s", "quantity": %d}],
         "requestedDeliveryDate": "%s"}
        """.formatted(customer, sku, quantity, LocalDate.now().plusDays(20));
    ResponseEntity<Map> created = Api.as(rest, user).post("/api/orders", body);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("number");
  }

  /** Starts the shipment as order-to-cash does, unless the umbrella has done so already. */
  private void startShipment(String number) {
    // order-to-cash calls shipment in a job of its own once the order is confirmed
    identityService.clearAuthentication();
    await().atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("shipment").processInstanceBusinessKey(number).count() == 1);
  }

  /** Plans by carrier and ships the shipment waiting for planning (or the given one); answers its number. */
  private String shipToCarrier(String number, String shipmentNumber) {
    Task plan = awaitTask(number, "Task_PlanShipment", shipmentNumber);
    String planned = (String) taskService.getVariable(plan.getId(), "shipmentNumber");
    actAs("walter", "warehouse");
    taskService.complete(plan.getId(), planVariables(LocalDate.now()));
    Task pick = awaitTask(number, "Task_PickPackShip", planned);
    actAs("walter", "warehouse");
    taskService.complete(pick.getId(), Map.of("picked", true, "packed", true, "labelled", true,
        "trackingNumber", "SF-" + planned));
    awaitDelivery(planned);
    return planned;
  }

  private static Map<String, Object> planVariables(LocalDate shipDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("plannedShipDate", shipDate.toString());
    v.put("shippingMethod", "CARRIER");
    v.put("carrier", "SF Express");
    v.put("carrierService", "EXPRESS");
    v.put("packages", 2L);
    v.put("weightKg", 12.5);
    return v;
  }

  private Task awaitTask(String number, String key, String shipmentNumber) {
    identityService.clearAuthentication();
    return await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(number).taskDefinitionKey(key).list().stream()
        .filter(t -> shipmentNumber == null || shipmentNumber.equals(taskService.getVariable(t.getId(), "shipmentNumber")))
        .findFirst().orElse(null), task -> task != null);
  }

  private void awaitDelivery(String shipmentNumber) {
    identityService.clearAuthentication();
    await().atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("delivery").variableValueEquals("shipmentNumber", shipmentNumber).count() == 1);
  }

  private void deliveryEnds(String shipmentNumber, String outcome) {
    identityService.clearAuthentication();
    String delivery = runtimeService.createProcessInstanceQuery().processDefinitionKey("delivery")
        .variableValueEquals("shipmentNumber", shipmentNumber).singleResult().getId();
    Task stub = taskService.createTaskQuery().processInstanceId(delivery).singleResult();
    taskService.complete(stub.getId(), Map.of("deliveryOutcome", outcome));
  }

  private void awaitStatus(String number, OrderStatus status) {
    identityService.clearAuthentication();
    // The order has reached the status (a confirmed order moves straight on to SHIPPING).
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(queries.view(number).statusHistory()).extracting(OrderView.StatusChange::status).contains(status));
  }

  /**
   * How the order's shipment process ended: "Order delivered", or "Order cancelled" (its error end
   * event; the umbrella's boundary event then ends the instance, which leaves no end activity).
   */
  private Object shipmentOutcome(String number) {
    String instance = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("shipment")
        .processInstanceBusinessKey(number).singleResult().getId();
    for (String end : List.of("Event_OrderDelivered", "Event_ShipmentCancelled")) {
      if (historyService.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(end).count() > 0) {
        return end.equals("Event_OrderDelivered") ? "DELIVERED" : "CANCELLED";
      }
    }
    return null;
  }

  /** The shipment with its lines loaded. */
  private static String pdfText(byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Shipment shipment(String number) {
    return new TransactionTemplate(transactions).execute(s -> {
      Shipment shipment = shipments.findByNumber(number).orElseThrow();
      shipment.getLines().size();
      return shipment;
    });
  }

  private List<Shipment> shipmentsOf(String orderNumber) {
    return shipments.findByOrderNumberOrderById(orderNumber).stream().map(s -> shipment(s.getNumber())).toList();
  }

  private List<String> openRequests(String orderNumber) {
    return jdbc.sql("select sku, quantity, shipment_number from replenishment_request where order_number = :o and status = 'OPEN'")
        .param("o", orderNumber).query((rs, i) -> rs.getString(1) + ":" + rs.getInt(2) + ":" + rs.getString(3)).list();
  }

  private void actAs(String user, String group) {
    identityService.setAuthentication(user, List.of(group));
  }
}
