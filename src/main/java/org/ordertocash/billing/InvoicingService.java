package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ordertocash.config.Labels;
import org.ordertocash.config.BusinessNumbers;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.inventory.ProductView;
import org.ordertocash.order.InstallmentPlan;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderShipments;
import org.ordertocash.order.OrderShipments.ShipmentSummary;
import org.ordertocash.order.OrderSnapshot;
import org.ordertocash.order.OrderStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices what shipped: one invoice per shipment that left the warehouse (a replacement for lost
 * or damaged goods is not billed again), at the order's prices, with each product's VAT rate, due
 * by the order's payment terms. Each invoice opens a receivable on the customer's account.
 */
@Service
public class InvoicingService {

  static final String NUMBER_PREFIX = "INV";
  static final String NUMBER_SEQUENCE = "invoice_number_seq";
  /** Shipment kinds that are not billed: a replacement of lost goods, goods sent for a return. */
  private static final Set<String> NOT_BILLED = Set.of("REPLACEMENT", "AFTER_SALES");

  private final InvoiceRepository invoices;
  private final ReceivableRepository receivables;
  private final OrderLifecycle lifecycle;
  private final OrderShipments shipments;
  private final ProductCatalog products;
  private final BusinessNumbers numbers;
  private final OrderToCashProperties properties;
  private final Clock clock;
  private final InvoiceMail mail;
  private final CollectionSignal signal;
  private final CustomerDirectory customers;

  @SuppressWarnings("java:S107") // the collaborators of invoicing; grouping them would only hide that
  InvoicingService(InvoiceRepository invoices, ReceivableRepository receivables, OrderLifecycle lifecycle,
      OrderShipments shipments, ProductCatalog products, BusinessNumbers numbers, OrderToCashProperties properties,
      Clock clock, InvoiceMail mail, CollectionSignal signal, CustomerDirectory customers) {
    this.customers = customers;
    this.mail = mail;
    this.signal = signal;
    this.invoices = invoices;
    this.receivables = receivables;
    this.lifecycle = lifecycle;
    this.shipments = shipments;
    this.products = products;
    this.numbers = numbers;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Invoices every shipment of the order that has left the warehouse and has no invoice yet, and
   * marks the order INVOICED. Repeatable: a retried step finds the invoices it wrote and adds none.
   * Returns the numbers of all the order's invoices.
   */
  @Transactional
  public List<String> invoiceShipped(String orderNumber, String actor) {
    OrderSnapshot order = lifecycle.order(orderNumber);
    boolean billedInAdvance = invoicesOf(orderNumber).stream().anyMatch(Invoice::isPrepayment);
    for (ShipmentSummary shipment : billedInAdvance ? List.<ShipmentSummary>of() : shipments.of(orderNumber)) {
      if (isBillable(shipment) && !invoices.existsByKindAndShipmentNumber(Invoice.Kind.INVOICE, shipment.number())) {
        issue(order, shipment, actor);
      }
    }
    List<String> numbers = invoicesOf(orderNumber).stream().map(Invoice::getNumber).toList();
    if (numbers.isEmpty()) {
      throw new DomainException.Conflict("Order " + orderNumber + " has shipped nothing to invoice");
    }
    if (order.getStatus() != OrderStatus.INVOICED && order.getStatus() != OrderStatus.PAID) {
      lifecycle.changeStatus(orderNumber, OrderStatus.INVOICED, actor, "Invoiced " + String.join(", ", numbers));
    }
    return numbers;
  }

  /**
   * Invoices what an exchanged product costs more than the one returned: one line per unit
   * difference, billed with the goods sent for the exchange (its shipment number makes a repeated
   * step answer the invoice it wrote). Due on the order's NET terms, or after 30 days.
   */
  @Transactional
  public String invoiceExchangeDifference(String orderNumber, String shipmentNumber, int lineNo, String sku,
      int quantity, BigDecimal unitDifference, String actor) {
    var earlier = invoices.findFirstByKindAndShipmentNumber(Invoice.Kind.INVOICE, shipmentNumber);
    if (earlier.isPresent()) {
      return earlier.get().getNumber();
    }
    OrderSnapshot order = lifecycle.order(orderNumber);
    boolean pricesIncludeTax = properties.billing().pricesIncludeTax();
    PaymentTerms terms = order.getPaymentTerms().days() > 0 ? order.getPaymentTerms() : PaymentTerms.NET_30;
    Invoice invoice = open(new Invoice(numbers.next(NUMBER_PREFIX, NUMBER_SEQUENCE), orderNumber, shipmentNumber,
        order.getCustomerCode(), order.getCurrency(), pricesIncludeTax, LocalDate.now(clock), terms,
        List.of(line(lineNo, products.get(sku), quantity, unitDifference, pricesIncludeTax)), actor, clock.instant()),
        null);
    mail.send(invoice, actor);
    return invoice.getNumber();
  }

  /** A prepayment invoice as issued: its number, when the customer is reminded and when it is due. */
  public record Prepayment(String invoiceNumber, LocalDate remindOn, LocalDate dueDate) {}

  /**
   * Invoices the whole order before it ships (terms PREPAID), at the order's prices and quantities,
   * due after the configured deadline. Repeatable: a retried step finds the invoice it wrote.
   */
  @Transactional
  public Prepayment invoicePrepayment(String orderNumber, String actor) {
    LocalDate today = LocalDate.now(clock);
    Invoice invoice = invoicesOf(orderNumber).stream().filter(Invoice::isPrepayment).findFirst()
        .orElseGet(() -> issuePrepayment(lifecycle.order(orderNumber), today, actor));
    return new Prepayment(invoice.getNumber(),
        invoice.getIssueDate().plus(properties.billing().prepaymentReminder()), invoice.getDueDate());
  }

  /** Reminds the customer of the order's prepayment invoice if it is still open (a save point: it queues mail). */
  @Transactional
  public void remindOfPrepayment(String orderNumber) {
    invoicesOf(orderNumber).stream().filter(Invoice::isPrepayment).findFirst().ifPresent(invoice -> {
      BigDecimal open = receivables.sumOpenAmountOf(List.of(invoice.getNumber()));
      if (open.signum() > 0) {
        mail.remindOfPrepayment(invoice, open);
      }
    });
  }

  /** Whether the order is paid to the carrier on delivery. */
  @Transactional(readOnly = true)
  public boolean isCashOnDelivery(String orderNumber) {
    return lifecycle.order(orderNumber).getPaymentTerms() == PaymentTerms.CASH_ON_DELIVERY;
  }

  /** The order's invoices whose fapiao is not recorded yet. */
  @Transactional(readOnly = true)
  public List<String> withoutFapiao(String orderNumber) {
    return invoicesOf(orderNumber).stream().filter(invoice -> invoice.getFapiaoNumber() == null)
        .map(Invoice::getNumber).toList();
  }

  /** The order's invoices that still ask for money. */
  @Transactional(readOnly = true)
  public List<String> unsettled(String orderNumber) {
    return invoicesOf(orderNumber).stream().map(Invoice::getNumber)
        .filter(number -> receivables.sumOpenAmountOf(List.of(number)).signum() > 0).toList();
  }

  /**
   * Sends each of the order's invoices that has not gone out yet: renders its PDF, stores it and
   * queues a message with it to the customer. Repeatable: a stored PDF and a queued message are
   * found again, never made twice.
   */
  @Transactional
  public void send(String orderNumber, String actor) {
    for (Invoice invoice : invoicesOf(orderNumber)) {
      mail.send(invoice, actor);
    }
  }

  /** What is still open of the order's invoices (its credit notes' credit is the customer's, not the order's). */
  @Transactional(readOnly = true)
  public BigDecimal openAmount(String orderNumber) {
    List<String> numbers = invoicesOf(orderNumber).stream().map(Invoice::getNumber).toList();
    return numbers.isEmpty() ? BigDecimal.ZERO : receivables.sumOpenAmountOf(numbers);
  }

  /** Whether any of the order's invoices was written off as bad debt. */
  @Transactional(readOnly = true)
  public boolean anyWrittenOff(String orderNumber) {
    return invoicesOf(orderNumber).stream().anyMatch(invoice -> invoice.getStatus() == InvoiceStatus.WRITTEN_OFF);
  }

  /** Nothing is open, but (part of) it was written off: the order is WRITTEN_OFF. */
  @Transactional
  public void recordWrittenOff(String orderNumber, String actor) {
    if (lifecycle.order(orderNumber).getStatus() != OrderStatus.WRITTEN_OFF) {
      lifecycle.changeStatus(orderNumber, OrderStatus.WRITTEN_OFF, actor, "Unpaid invoices written off as bad debt");
    }
  }

  /** The order's invoices are settled: the order is PAID. */
  @Transactional
  public void recordPaid(String orderNumber, String actor) {
    BigDecimal open = openAmount(orderNumber);
    if (open.signum() != 0) {
      throw new DomainException.Conflict("Order " + orderNumber + " still has " + open + " open");
    }
    if (lifecycle.order(orderNumber).getStatus() != OrderStatus.PAID) {
      lifecycle.changeStatus(orderNumber, OrderStatus.PAID, actor, "Invoices settled");
    }
  }

  @Transactional(readOnly = true)
  public List<InvoiceView> ofOrder(String orderNumber) {
    return invoices.findByOrderNumberOrderById(orderNumber).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public InvoiceView get(String number) {
    return view(invoice(number));
  }

  /**
   * Records the official VAT invoice (fapiao) issued for this invoice. The same code and number
   * again change nothing; other ones for an invoice that has its fapiao are refused.
   */
  @Transactional
  public InvoiceView recordFapiao(String number, String code, String fapiaoNumber, String actor) {
    // under the invoice's row lock, as fapiaoOnFile reads it: see there
    Invoice invoice = lockedInvoice(number);
    code = codeOrNull(code);
    if (isRecorded(invoice, code, fapiaoNumber)) {
      return view(invoice);
    }
    invoice.recordFapiao(code, fapiaoNumber, actor);
    signal.fapiaoRecorded(number);
    return view(invoice);
  }

  /** Refuses a malformed fapiao, or one other than the invoice has already (InvalidInput, Conflict). */
  @Transactional(readOnly = true)
  public void checkFapiao(String number, String code, String fapiaoNumber) {
    isRecorded(invoice(number), codeOrNull(code), fapiaoNumber);
  }

  /**
   * Whether the invoice has its fapiao, read under the invoice's row lock until the caller's
   * transaction ends. Collection asks before it waits for finance to record the fapiao; a fapiao
   * recorded through the API meanwhile takes the same lock, so it is either seen here or recorded
   * after that transaction has created the task its message withdraws.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public boolean fapiaoOnFile(String number) {
    return lockedInvoice(number).getFapiaoNumber() != null;
  }

  /** A fully digital fapiao has no code: an empty one counts as none. */
  private static String codeOrNull(String code) {
    return code == null || code.isBlank() ? null : code.trim();
  }

  /** For finance's fapiao task: what the official VAT invoice must show. */
  @Transactional(readOnly = true)
  public String describeForFapiao(String number) {
    Invoice invoice = invoice(number);
    String currency = invoice.getCurrency();
    Labels labels = properties.labels();
    return labels.text("task.fapiao.invoice", invoice.getNumber(), invoice.getOrderNumber(),
        labels.date(invoice.getIssueDate()), customers.get(invoice.getCustomerCode()).getName(),
        invoice.getCustomerCode(), Money.format(invoice.getNetAmount(), currency),
        Money.format(invoice.getTaxAmount(), currency), Money.format(invoice.getGrossAmount(), currency));
  }

  /** Whether the invoice has this fapiao already (then nothing changes); refuses a malformed or another one. */
  private static boolean isRecorded(Invoice invoice, String code, String fapiaoNumber) {
    FapiaoCheck.check(code, fapiaoNumber);
    if (invoice.getFapiaoNumber() == null) {
      return false;
    }
    if (invoice.getFapiaoNumber().equals(fapiaoNumber) && java.util.Objects.equals(invoice.getFapiaoCode(), code)) {
      return true;
    }
    throw new DomainException.Conflict("Invoice " + invoice.getNumber() + " has fapiao "
        + (invoice.getFapiaoCode() == null ? "" : invoice.getFapiaoCode() + " ") + invoice.getFapiaoNumber() + " already");
  }

  /** The order's invoices, without its credit notes. */
  private List<Invoice> invoicesOf(String orderNumber) {
    return invoices.findByOrderNumberAndKindOrderById(orderNumber, Invoice.Kind.INVOICE);
  }

  private Invoice invoice(String number) {
    return invoices.findByNumber(number).orElseThrow(() -> new DomainException.NotFound("No invoice " + number));
  }

  private Invoice lockedInvoice(String number) {
    return invoices.lockByNumber(number).orElseThrow(() -> new DomainException.NotFound("No invoice " + number));
  }

  private InvoiceView view(Invoice invoice) {
    List<Receivable> parts = receivables.findByInvoiceNumberOrderByInstallmentNo(invoice.getNumber());
    BigDecimal open = parts.stream().map(Receivable::getOpenAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    LocalDate today = LocalDate.now(clock);
    List<InvoiceView.Installment> installments = invoice.getPaymentTerms() != PaymentTerms.INSTALLMENTS ? List.of()
        : parts.stream().map(r -> new InvoiceView.Installment(r.getInstallmentNo(), r.getDueDate(), r.getAmount(),
            r.getOpenAmount(), r.isSettled() ? "PAID" : r.getDueDate().isBefore(today) ? "OVERDUE" : "OPEN")).toList();
    return InvoiceView.of(invoice, open, installments);
  }

  private static boolean isBillable(ShipmentSummary shipment) {
    return shipment.shippedAt() != null && !NOT_BILLED.contains(shipment.kind());
  }

  private Invoice issuePrepayment(OrderSnapshot order, LocalDate today, String actor) {
    boolean pricesIncludeTax = properties.billing().pricesIncludeTax();
    Map<String, ProductView> catalog = products.findAll(order.getLines().stream().map(OrderSnapshot.Line::sku).toList());
    List<InvoiceLine> lines = new ArrayList<>();
    for (OrderSnapshot.Line ordered : order.getLines()) {
      lines.add(line(ordered.lineNo(), catalog.get(ordered.sku()), ordered.quantity(), ordered.unitPrice(),
          pricesIncludeTax));
    }
    return open(Invoice.prepayment(numbers.next(NUMBER_PREFIX, NUMBER_SEQUENCE), order.getNumber(),
        order.getCustomerCode(), order.getCurrency(), pricesIncludeTax, today,
        today.plus(properties.billing().prepaymentDeadline()), lines, actor, clock.instant()), null);
  }

  private static InvoiceLine line(int lineNo, ProductView product, int quantity, java.math.BigDecimal unitPrice,
      boolean pricesIncludeTax) {
    return new InvoiceLine(lineNo, product.sku(), product.name(), quantity, unitPrice, product.vatRate(),
        LineAmounts.of(quantity, unitPrice, product.vatRate(), pricesIncludeTax));
  }

  /**
   * Saves the invoice and opens its receivable, or with an installment plan one receivable per
   * portion (the invoice is then due on the last portion's date).
   */
  private Invoice open(Invoice invoice, InstallmentPlan plan) {
    if (plan == null) {
      Invoice saved = invoices.save(invoice);
      receivables.save(new Receivable(saved.getNumber(), saved.getCustomerCode(), saved.getGrossAmount(),
          saved.getGrossAmount(), saved.getCurrency(), saved.getDueDate()));
      return saved;
    }
    List<InstallmentSchedule.Due> schedule = InstallmentSchedule.of(invoice.getGrossAmount(), invoice.getIssueDate(), plan);
    invoice.dueOn(schedule.get(schedule.size() - 1).dueDate());
    Invoice saved = invoices.save(invoice);
    for (InstallmentSchedule.Due due : schedule) {
      receivables.save(new Receivable(saved.getNumber(), due.no(), saved.getCustomerCode(), due.amount(), due.amount(),
          saved.getCurrency(), due.dueDate()));
    }
    return saved;
  }

  private void issue(OrderSnapshot order, ShipmentSummary shipment, String actor) {
    boolean pricesIncludeTax = properties.billing().pricesIncludeTax();
    Map<String, ProductView> catalog = products.findAll(shipment.lines().stream().map(OrderShipments.Line::sku).toList());
    List<InvoiceLine> lines = new ArrayList<>();
    for (OrderShipments.Line shipped : shipment.lines()) {
      OrderSnapshot.Line ordered = order.getLines().stream().filter(l -> l.lineNo() == shipped.lineNo()).findFirst()
          .orElseThrow(() -> new IllegalStateException("Shipment " + shipment.number() + " ships line "
              + shipped.lineNo() + ", which order " + order.getNumber() + " does not have"));
      lines.add(line(shipped.lineNo(), catalog.get(shipped.sku()), shipped.quantity(), ordered.unitPrice(),
          pricesIncludeTax));
    }
    open(new Invoice(numbers.next(NUMBER_PREFIX, NUMBER_SEQUENCE), order.getNumber(), shipment.number(),
        order.getCustomerCode(), order.getCurrency(), pricesIncludeTax, LocalDate.now(clock),
        order.getPaymentTerms(), lines, actor, clock.instant()),
        order.getPaymentTerms() == PaymentTerms.INSTALLMENTS ? order.getInstallmentPlan() : null);
  }
}
