package org.ordertocash.negotiation;

import org.ordertocash.inventory.ProductView;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.order.OrderSnapshot;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ordertocash.config.BusinessNumbers;
import org.ordertocash.config.Labels;
import org.ordertocash.config.Language;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.config.Money;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.document.DocumentView;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentService;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderStatus;
import org.ordertocash.order.CustomerMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negotiation of an order: preparation, quotation versions with their approvals, sending a
 * version to the customer, expiry, and the end (terms agreed, or the order lost). The process
 * steps of bpmn/negotiation.bpmn call this; the customer's answer comes through
 * {@link QuotationResponses}.
 */
@Service
@Transactional
public class NegotiationService {

  private final NegotiationRepository negotiations;
  private final QuotationRepository quotations;
  private final QuotationResponseRepository responses;
  private final OrderLifecycle lifecycle;
  private final CustomerDirectory customers;
  private final ProductCatalog products;
  private final BusinessNumbers numbers;
  private final DocumentService documents;
  private final CustomerMessages messages;
  private final QuotationDocuments pdf;
  private final OrderToCashProperties properties;
  private final Clock clock;

  public NegotiationService(NegotiationRepository negotiations, QuotationRepository quotations,
      QuotationResponseRepository responses, OrderLifecycle lifecycle, CustomerDirectory customers,
      ProductCatalog products, BusinessNumbers numbers, DocumentService documents, CustomerMessages messages,
      QuotationDocuments pdf, OrderToCashProperties properties, Clock clock) {
    this.negotiations = negotiations;
    this.quotations = quotations;
    this.responses = responses;
    this.lifecycle = lifecycle;
    this.customers = customers;
    this.products = products;
    this.numbers = numbers;
    this.documents = documents;
    this.messages = messages;
    this.pdf = pdf;
    this.properties = properties;
    this.clock = clock;
  }

  /** The facts the discount-authority decision needs about a proposed version. */
  public record Proposal(String quotationNumber, int version, BigDecimal maxDiscountPercent, BigDecimal value,
      int paymentTermsDays, int defaultPaymentTermsDays, String customerClass) {}

  /**
   * Opens (or re-opens) the order's negotiation and sets the order IN_NEGOTIATION; answers the
   * order's lines at their current prices as the first proposal's starting point.
   */
  public List<Map<String, Object>> start(String orderNumber, String actor) {
    OrderSnapshot order = lifecycle.order(orderNumber);
    if (order.getStatus() != OrderStatus.IN_NEGOTIATION) {
      lifecycle.changeStatus(orderNumber, OrderStatus.IN_NEGOTIATION, actor, "Negotiation started");
    }
    negotiations.findByOrderNumber(orderNumber).ifPresentOrElse(Negotiation::reopen,
        () -> negotiations.save(new Negotiation(orderNumber, clock.instant())));
    List<Map<String, Object>> items = new ArrayList<>();
    for (OrderSnapshot.Line line : order.getLines()) {
      items.add(QuotationLines.item(line.getLineNo(), line.getSku(), productName(line.getSku()), line.getQuantity(),
          line.getListPrice(), Money.format(line.getListPrice(), order.getCurrency()), line.getUnitPrice()));
    }
    return items;
  }

  /** What sales prepared; the bottom line may not be above the target price. */
  public void prepare(String orderNumber, BigDecimal targetPrice, BigDecimal bottomLine, String team,
      String materials, String actor) {
    checkPreparation(targetPrice, bottomLine);
    negotiation(orderNumber).prepare(targetPrice, bottomLine, team, materials, actor);
  }

  /** Null when fine, else why not. */
  public static String preparationProblem(BigDecimal targetPrice, BigDecimal bottomLine) {
    String key = preparationProblemKey(targetPrice, bottomLine);
    return key == null ? null : new Labels(Language.EN, java.time.ZoneOffset.UTC)
        .text("refusal." + key, plain(bottomLine), plain(targetPrice));
  }

  /** What is wrong with a target price and bottom line, as a {@code refusal.*} text key; null when nothing. */
  public static String preparationProblemKey(BigDecimal targetPrice, BigDecimal bottomLine) {
    if (targetPrice == null || targetPrice.signum() <= 0) {
      return "targetPrice";
    }
    if (bottomLine == null || bottomLine.signum() <= 0) {
      return "bottomLine";
    }
    return bottomLine.compareTo(targetPrice) > 0 ? "bottomLineAboveTarget" : null;
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }

  private static void checkPreparation(BigDecimal targetPrice, BigDecimal bottomLine) {
    String problem = preparationProblem(targetPrice, bottomLine);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * A new quotation version (the order's quotation is created with the first one) with the
   * proposed prices for every order line and the payment terms.
   */
  public Proposal propose(String orderNumber, List<QuotationLines.Proposed> proposed, PaymentTerms terms,
      String note, String actor) {
    OrderSnapshot order = lifecycle.order(orderNumber);
    CustomerView customer = customer(order.getCustomerCode());
    Map<Integer, QuotationLines.Proposed> byLine = new LinkedHashMap<>();
    for (QuotationLines.Proposed line : proposed) {
      byLine.put(line.lineNo(), line);
    }
    List<QuotationLine> lines = new ArrayList<>();
    for (OrderSnapshot.Line line : order.getLines()) {
      QuotationLines.Proposed p = byLine.remove(line.getLineNo());
      BigDecimal price = p == null ? line.getUnitPrice()
          : p.unitPrice() != null ? p.unitPrice()
          : p.discountPercent() != null ? QuotationLine.priceFor(line.getListPrice(), p.discountPercent())
          : line.getUnitPrice();
      if (price.signum() <= 0) {
        throw new IllegalArgumentException("Line " + line.getLineNo() + ": the price must be above 0");
      }
      lines.add(new QuotationLine(line.getLineNo(), line.getSku(), line.getQuantity(), line.getListPrice(), price));
    }
    if (!byLine.isEmpty()) {
      throw new IllegalArgumentException("Order " + orderNumber + " has no line(s) " + byLine.keySet());
    }
    Quotation quotation = quotations.findByOrderNumberOrderById(orderNumber).stream().findFirst()
        .orElseGet(() -> quotations.save(new Quotation(numbers.next("QT", "quotation_number_seq"), orderNumber,
            customer.getCode(), order.getCurrency(), clock.instant())));
    PaymentTerms paymentTerms = terms != null ? terms : order.getPaymentTerms();
    QuotationVersion version = quotation.addVersion(new QuotationVersion(quotation.nextVersionNumber(), paymentTerms,
        lines, actor, clock.instant(), note));
    quotations.saveAndFlush(quotation);
    return new Proposal(quotation.getNumber(), version.getVersion(), version.getMaxDiscountPercent(),
        version.getTotalAmount(), paymentTerms.days(), customer.defaultPaymentTerms().days(),
        customer.getValueClass().name());
  }

  /** The approval route the discount-authority decision chose, kept with the version. */
  public void route(String number, int version, String approvalRoute, boolean financeApproval) {
    version(number, version).route(approvalRoute, financeApproval);
  }

  /** An approver's decision; a rejection sends the version back to sales (REVISED). */
  public void recordApproval(String number, int version, String step, String decision, String approver,
      String comment) {
    QuotationVersion v = version(number, version);
    if (v.getStatus() != QuotationStatus.DRAFT) {
      throw new IllegalStateException("Quotation " + number + "/v" + version + " is " + v.getStatus() + ", not in approval");
    }
    v.addApproval(new QuotationApproval(step, decision, approver, comment, clock.instant()));
    if ("reject".equals(decision)) {
      v.changeStatus(QuotationStatus.REVISED);
    }
  }

  /**
   * Renders the version as PDF, stores it once and queues it for the customer (once per version);
   * the version is SENT, valid for the configured period. Repeating it changes nothing and
   * answers the same expiry. Returns the moment the validity ends.
   */
  public Date send(String number, int version, String actor) {
    Quotation quotation = quotation(number);
    QuotationVersion v = version(quotation, version);
    if (v.getStatus() == QuotationStatus.DRAFT || v.getStatus() == QuotationStatus.APPROVED) {
      OrderSnapshot order = lifecycle.order(quotation.getOrderNumber());
      CustomerView customer = customer(quotation.getCustomerCode());
      Labels labels = messages.labels(customer);
      LocalDate validUntil = LocalDate.now(clock).plus(properties.negotiation().quotationValidity());
      byte[] content = pdf.render(quotation, v, order, customer, validUntil);
      DocumentView document = documents.storeOnce(DocumentKind.QUOTATION, number, version, quotation.getOrderNumber(),
          number + "-v" + version + ".pdf", DocumentService.PDF, content, actor);
      messages.send(quotation.getOrderNumber(), customer, "QUOTATION", "QUOTATION:" + quotation.reference(version),
          labels.text("mail.quotation.subject", number, version, order.getNumber()),
          labels.text("mail.quotation.text", number, version, order.getNumber(),
              Money.format(v.getTotalAmount(), quotation.getCurrency()), labels.code(v.getPaymentTerms()),
              labels.date(validUntil)),
          document.id());
      v.sent(document.id(), validUntil, clock.instant());
    }
    return expiry(v.getValidUntil());
  }

  /** A quotation is valid through its valid-until day (UTC): it expires at the start of the next. */
  static Date expiry(LocalDate validUntil) {
    return Date.from(validUntil.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The validity ended without an answer. */
  public void expire(String number, int version) {
    QuotationVersion v = version(number, version);
    if (v.getStatus() == QuotationStatus.SENT) {
      v.changeStatus(QuotationStatus.EXPIRED);
    }
  }

  /**
   * The starting point of the next version: the customer's counter-offer prices if the latest
   * version was countered, else the latest version's prices.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> nextRoundLines(String number) {
    Quotation quotation = quotation(number);
    QuotationVersion latest = quotation.latest();
    Map<Integer, BigDecimal> counter = latest.getStatus() == QuotationStatus.COUNTERED
        ? responses.findByQuotationIdAndVersion(quotation.getId(), latest.getVersion())
            .map(QuotationResponse::counterPrices).orElse(Map.of())
        : Map.of();
    List<Map<String, Object>> items = new ArrayList<>();
    for (QuotationLine line : latest.getLines()) {
      items.add(QuotationLines.item(line.getLineNo(), line.getSku(), productName(line.getSku()), line.getQuantity(),
          line.getListPrice(), Money.format(line.getListPrice(), quotation.getCurrency()),
          counter.getOrDefault(line.getLineNo(), line.getUnitPrice())));
    }
    return items;
  }

  /** The customer accepted the version: its prices and terms become the order's. */
  public void agree(String orderNumber, String number, int version, String actor) {
    Quotation quotation = quotation(number);
    QuotationVersion v = version(quotation, version);
    if (v.getStatus() != QuotationStatus.ACCEPTED) {
      throw new IllegalStateException("Quotation " + quotation.reference(version) + " is " + v.getStatus() + ", not accepted");
    }
    Map<Integer, BigDecimal> prices = new LinkedHashMap<>();
    v.getLines().forEach(line -> prices.put(line.getLineNo(), line.getUnitPrice()));
    lifecycle.applyAgreedTerms(orderNumber, prices, v.getPaymentTerms(), quotation.reference(version), actor);
    negotiation(orderNumber).agree(actor);
  }

  /** The negotiation is lost: why (and to whom), and the order ends LOST. */
  public void lose(String orderNumber, String reason, String competitor, String actor) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A lost negotiation needs a reason");
    }
    String competitorName = competitor == null || competitor.isBlank() ? null : competitor.trim();
    negotiation(orderNumber).lose(reason.trim(), competitorName, actor);
    lifecycle.changeStatus(orderNumber, OrderStatus.LOST, actor,
        "Negotiation lost: " + reason.trim() + (competitorName == null ? "" : " (to " + competitorName + ")"));
  }

  /**
   * The order was cancelled (at any stage, in the cancelling transaction): an open negotiation is
   * closed and a quotation version not yet answered is withdrawn, so no answer can be recorded.
   */
  @org.springframework.context.event.EventListener
  public void onOrderCancelled(org.ordertocash.order.OrderCancelled cancelled) {
    negotiations.findByOrderNumber(cancelled.orderNumber())
        .filter(n -> n.getStatus() == Negotiation.Status.OPEN)
        .ifPresent(n -> n.cancel(cancelled.cancelledBy()));
    for (Quotation quotation : quotations.findByOrderNumberOrderById(cancelled.orderNumber())) {
      QuotationVersion latest = quotation.latest();
      if (latest.getStatus() == QuotationStatus.DRAFT || latest.getStatus() == QuotationStatus.APPROVED
          || latest.getStatus() == QuotationStatus.SENT) {
        latest.changeStatus(QuotationStatus.WITHDRAWN);
      }
    }
  }

  @Transactional(readOnly = true)
  public Negotiation negotiation(String orderNumber) {
    return negotiations.findByOrderNumber(orderNumber)
        .orElseThrow(() -> new IllegalStateException("Order " + orderNumber + " has no negotiation"));
  }

  private Quotation quotation(String number) {
    return quotations.findByNumber(number).orElseThrow(() -> new IllegalStateException("No quotation " + number));
  }

  private QuotationVersion version(String number, int version) {
    return version(quotation(number), version);
  }

  private static QuotationVersion version(Quotation quotation, int version) {
    return quotation.version(version).orElseThrow(
        () -> new IllegalStateException("Quotation " + quotation.getNumber() + " has no version " + version));
  }

  private CustomerView customer(String code) {
    return customers.get(code);
  }

  private String productName(String sku) {
    return products.find(sku).map(product -> product.name(properties.language())).orElse(sku);
  }
}
