package org.ordertocash.complaint;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.billing.ReturnCredits;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.Money;
import org.ordertocash.config.TimerDates;
import org.ordertocash.identity.Groups;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderSnapshot;
import org.ordertocash.outbox.OutboxMessageView;
import org.ordertocash.outbox.OutboxService;
import org.ordertocash.returns.ReturnIntake;
import org.ordertocash.returns.ReturnRequestBody;
import org.ordertocash.shipment.AfterSalesShipments;
import org.ordertocash.survey.SurveyService;
import org.ordertocash.survey.SurveyTopic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a complaint: deadlines and acknowledgement, first response, escalation, resolution
 * and the remedy (a return, a credit note, replacement goods). Each is repeatable: a retried job
 * finds what the step did before (a request key, a dedup key, a shipment reference).
 */
@Service
@Transactional
public class ComplaintService {

  /** Escalated tasks rise above everything else in Tasklist's priority order. */
  static final int ESCALATED_PRIORITY = 90;

  private final ComplaintRepository complaints;
  private final ComplaintMail mail;
  private final ReturnIntake returns;
  private final ReturnCredits credits;
  private final AfterSalesShipments shipments;
  private final OrderLifecycle orders;
  private final TaskService taskService;
  private final SurveyService surveys;
  private final OutboxService outbox;
  private final Clock clock;
  private final OrderToCashProperties properties;

  @SuppressWarnings("java:S107") // the modules a complaint is remedied through
  ComplaintService(ComplaintRepository complaints, ComplaintMail mail, ReturnIntake returns, ReturnCredits credits,
      AfterSalesShipments shipments, OrderLifecycle orders, TaskService taskService, SurveyService surveys,
      OutboxService outbox, Clock clock, OrderToCashProperties properties) {
    this.properties = properties;
    this.surveys = surveys;
    this.outbox = outbox;
    this.complaints = complaints;
    this.mail = mail;
    this.returns = returns;
    this.credits = credits;
    this.shipments = shipments;
    this.orders = orders;
    this.taskService = taskService;
    this.clock = clock;
  }

  /** The deadlines the SLA table gave; the customer is told when to expect an answer. */
  public Deadlines acknowledge(String number, String firstResponseWithin, String resolveWithin) {
    Complaint complaint = complaint(number);
    complaint.deadlines(complaint.getReceivedAt().plus(Duration.parse(firstResponseWithin)),
        complaint.getReceivedAt().plus(Duration.parse(resolveWithin)));
    Deadlines deadlines = new Deadlines(timerDate(complaint.getFirstResponseDue()),
        timerDate(complaint.getResolutionDue()));
    mail.acknowledged(complaint, deadlines.firstResponseBy().substring(0, 16).replace('T', ' '));
    return deadlines;
  }

  /** When the first response and the resolution are due, as BPMN timers take them. */
  public record Deadlines(String firstResponseBy, String resolveBy) {}

  public void respond(String number, String response, String user) {
    Complaint complaint = complaint(number);
    complaint.responded(response.trim(), user, clock.instant());
    mail.firstResponse(complaint);
  }

  /**
   * A deadline passed: the complaint's open tasks go to the sales managers too, at the top of
   * their list, and the complaint records when it was escalated.
   */
  public void escalate(String number, String processInstanceId) {
    complaint(number).escalated(clock.instant());
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).active().list()) {
      taskService.addCandidateGroup(task.getId(), Groups.SALES_MANAGERS);
      taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
    }
  }

  @SuppressWarnings("java:S107") // the resolution's parts, as the form gives them
  public void resolve(String number, RootCause rootCause, String actionTaken, String resolution, Remedy remedy,
      BigDecimal creditPerUnit, String user) {
    complaint(number).resolved(rootCause, actionTaken.trim(), resolution.trim(), remedy,
        remedy == Remedy.CREDIT_NOTE ? creditPerUnit : null, user, clock.instant());
  }

  /** What the proposed credit comes to, for finance's approval: per unit, units, total. */
  @Transactional(readOnly = true)
  public String creditText(String number) {
    Complaint complaint = complaint(number);
    String currency = orders.order(complaint.getOrderNumber()).getCurrency();
    int units = complaint.getLines().stream().mapToInt(ComplaintLine::getQuantity).sum();
    return properties.labels().text("task.complaint.credit", Money.format(complaint.getCreditPerUnit(), currency), units,
        Money.format(complaint.getCreditPerUnit().multiply(BigDecimal.valueOf(units)), currency));
  }

  public void creditApproved(String number, String user) {
    complaint(number).creditApproved(user);
  }

  /** A return of the complaint's units, for a refund; the return's own process takes it from there. */
  public void startReturn(String number, String actor) {
    Complaint complaint = complaint(number);
    String reason = switch (complaint.getCategory()) {
      case PRODUCT -> "DEFECTIVE";
      case DELIVERY -> "DAMAGED_IN_TRANSIT";
      default -> "OTHER";
    };
    ReturnRequestBody body = new ReturnRequestBody(complaint.getOrderNumber(), reason, "REFUND",
        "From complaint " + number + ": " + complaint.getResolution(),
        complaint.getLines().stream().map(l -> new ReturnRequestBody.Line(l.getOrderLineNo(), l.getQuantity(), null))
            .toList());
    complaint.remedied(returns.request(body, "complaint-" + number, actor).request().number());
  }

  /** Replacement goods for the complaint's units, through the shipment process. */
  public void sendReplacement(String number) {
    Complaint complaint = complaint(number);
    OrderSnapshot order = orders.order(complaint.getOrderNumber());
    complaint.remedied(shipments.send(order.getNumber(), number + "-REPLACEMENT", complaint.getLines().stream()
        .map(l -> new AfterSalesShipments.GoodsLine(l.getOrderLineNo(), sku(order, l.getOrderLineNo()), l.getQuantity()))
        .toList()));
  }

  /** The approved price reduction as a credit note on the complaint's units. */
  public void issueCredit(String number, String actor) {
    Complaint complaint = complaint(number);
    SortedMap<Integer, Integer> units = new TreeMap<>();
    complaint.getLines().forEach(l -> units.put(l.getOrderLineNo(), l.getQuantity()));
    ReturnCredits.Credited credited = credits.creditPriceReduction(complaint.getOrderNumber(), "complaint-" + number,
        units, complaint.getCreditPerUnit(), "Complaint " + number, actor);
    complaint.remedied(String.join(",", credited.creditNotes()));
  }

  /** The customer is told how the complaint was resolved and asked how satisfied they are. */
  public void close(String number) {
    Complaint complaint = complaint(number);
    Labels labels = mail.labels(complaint);
    String remedy = switch (complaint.getRemedy() == null ? Remedy.NONE : complaint.getRemedy()) {
      case NONE -> null;
      case RETURN -> labels.text("mail.complaintRemedy.return", complaint.getRemedyReference());
      case CREDIT_NOTE -> complaint.getRemedyReference() == null ? null
          : labels.text("mail.complaintRemedy.creditNote", complaint.getRemedyReference());
      case REPLACEMENT -> labels.text("mail.complaintRemedy.replacement", complaint.getRemedyReference());
    };
    mail.resolved(complaint, remedy);
    surveys.send(SurveyTopic.COMPLAINT, number, complaint.getOrderNumber(), complaint.getCustomerCode(),
        complaint.getCategory().name());
  }

  @Transactional(readOnly = true)
  public ComplaintView view(String number) {
    return complaints.findByNumber(number).map(ComplaintView::of)
        .orElseThrow(() -> new DomainException.NotFound("No complaint " + number));
  }

  @Transactional(readOnly = true)
  public List<ComplaintView> forOrder(String orderNumber) {
    return complaints.findByOrderNumberOrderById(orderNumber).stream().map(ComplaintView::of).toList();
  }

  /** What the customer was sent about the complaint (filed under its order, or its own number without one). */
  @Transactional(readOnly = true)
  public List<OutboxMessageView> messages(String number) {
    Complaint complaint = complaints.findByNumber(number)
        .orElseThrow(() -> new DomainException.NotFound("No complaint " + number));
    String file = complaint.getOrderNumber() == null ? number : complaint.getOrderNumber();
    return outbox.messagesFor(file).stream().filter(m -> m.subject().contains(number)).toList();
  }

  /** Whether the complaint names order lines (a return, credit or replacement needs them). */
  @Transactional(readOnly = true)
  public boolean namesGoods(String number) {
    Complaint complaint = complaint(number);
    return complaint.getOrderNumber() != null && !complaint.getLines().isEmpty();
  }

  private static String sku(OrderSnapshot order, int lineNo) {
    return order.getLines().stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow().sku();
  }

  private String timerDate(Instant instant) {
    return instant.atZone(clock.getZone()).format(TimerDates.FORMAT);
  }

  private Complaint complaint(String number) {
    return complaints.findByNumber(number).orElseThrow(() -> new IllegalStateException("No complaint " + number));
  }
}
