package org.ordertocash.contract;

import org.ordertocash.config.Labels;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.order.OrderSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.ordertocash.config.BusinessNumbers;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.order.CreditExposureService;
import org.ordertocash.order.CreditExposureService.CreditAssessment;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.config.Money;
import org.ordertocash.document.DocumentView;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentService;
import org.ordertocash.order.OrderCancelled;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderStatus;
import org.ordertocash.order.CustomerMessages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the contract-signing process does to a contract, step by step. */
@Service
@Transactional
public class ContractService {

  static final BigDecimal DEFAULT_PENALTY_PER_WEEK = new BigDecimal("0.5");
  static final BigDecimal DEFAULT_PENALTY_CAP = new BigDecimal("5");

  private final ContractRepository contracts;
  private final ContractVersionRepository versions;
  private final ContractReviewRepository reviews;
  private final OrderLifecycle lifecycle;
  private final CustomerDirectory customers;
  private final CreditExposureService credit;
  private final DocumentService documents;
  private final CustomerMessages messages;
  private final BusinessNumbers numbers;
  private final OrderToCashProperties properties;
  private final Clock clock;
  private final ContractDocument contractDocument;

  public ContractService(ContractRepository contracts, ContractVersionRepository versions,
      ContractReviewRepository reviews, OrderLifecycle lifecycle, CustomerDirectory customers,
      CreditExposureService credit, DocumentService documents,
      CustomerMessages messages, BusinessNumbers numbers, OrderToCashProperties properties, Clock clock,
      ContractDocument contractDocument) {
    this.contracts = contracts;
    this.versions = versions;
    this.reviews = reviews;
    this.lifecycle = lifecycle;
    this.customers = customers;
    this.credit = credit;
    this.documents = documents;
    this.messages = messages;
    this.numbers = numbers;
    this.properties = properties;
    this.clock = clock;
    this.contractDocument = contractDocument;
  }

  @Transactional(readOnly = true)
  public Contract contract(String number) {
    return contracts.findByNumber(number).orElseThrow(() -> new IllegalStateException("No contract " + number));
  }

  /**
   * The order's open contract, or a new one (DRAFTED, terms prefilled from the order); the order
   * is IN_CONTRACT. A contract that expired or was cancelled stays as it was: a renewed attempt
   * after re-negotiation gets a new number.
   */
  public Contract open(String orderNumber, String actor) {
    OrderSnapshot order = lifecycle.order(orderNumber);
    Contract contract = contracts.findByOrderNumberOrderById(orderNumber).stream()
        .filter(c -> !c.getStatus().isFinal()).findFirst()
        .orElseGet(() -> contracts.saveAndFlush(new Contract(numbers.next("CT", "contract_number_seq"), orderNumber,
            order.getCurrency(), order.getTotalAmount(), new ContractTerms(order.getPaymentTerms(),
                order.getRequestedDeliveryDate(), DEFAULT_PENALTY_PER_WEEK, DEFAULT_PENALTY_CAP, null),
            actor, clock.instant())));
    if (order.getStatus() != OrderStatus.IN_CONTRACT) {
      lifecycle.changeStatus(orderNumber, OrderStatus.IN_CONTRACT, actor, "Contract " + contract.getNumber() + " opened");
    }
    return contract;
  }

  /**
   * Takes over the drafted or amended terms and issues a new version: its PDF is stored as a new
   * CONTRACT document (documents never change). The first version's author is the drafter.
   */
  public ContractVersion issueVersion(String number, ContractTerms terms, String changeNote,
      String amendmentRequestedBy, String repeatedReviews, String actor) {
    Contract contract = contract(number);
    contract.apply(terms);
    int version = contract.nextVersion(actor);
    OrderSnapshot order = lifecycle.order(contract.getOrderNumber());
    byte[] pdf = contractDocument.render(contract, version, order, customer(order), changeNote, clock.instant());
    DocumentView document = documents.storeOnce(DocumentKind.CONTRACT, number, version, order.getNumber(),
        number + "-v" + version + ".pdf", DocumentService.PDF, pdf, actor);
    return versions.saveAndFlush(new ContractVersion(contract.getId(), version, document.id(), document.sha256(),
        changeNote, amendmentRequestedBy, repeatedReviews, actor, clock.instant()));
  }

  /** The inputs of the contract-risk decision for the contract's current terms. */
  @Transactional(readOnly = true)
  public Map<String, Object> riskInputs(String number) {
    Contract contract = contract(number);
    OrderSnapshot order = lifecycle.order(contract.getOrderNumber());
    CreditAssessment assessment = credit.assess(order.getCustomerCode(), order.getNumber(), contract.getContractValue());
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("paymentTermsDays", contract.getPaymentTerms().days());
    inputs.put("creditExposureRatio", exposureRatio(assessment));
    inputs.put("penaltyPercentPerWeek", contract.getPenaltyPercentPerWeek().doubleValue());
    inputs.put("penaltyCapPercent", contract.getPenaltyCapPercent().doubleValue());
    inputs.put("contractValue", contract.getContractValue().doubleValue());
    inputs.put("creditExposureText", properties.labels().text("task.contract.exposure",
        Money.format(assessment.exposure(), order.getCurrency()), Money.format(assessment.limit(), order.getCurrency())));
    return inputs;
  }

  static double exposureRatio(CreditAssessment assessment) {
    if (assessment.limit().signum() == 0) {
      return assessment.exposure().signum() == 0 ? 0 : 99;
    }
    return assessment.exposure().divide(assessment.limit(), 4, RoundingMode.HALF_UP).doubleValue();
  }

  public void recordRisk(String number, String level, int score, String reasons) {
    contract(number).assessed(level, score, reasons);
  }

  public void recordReview(String number, ContractReviewKind review, boolean approved, String reviewer,
      String clause, String requestedChange) {
    Contract contract = contract(number);
    reviews.save(new ContractReview(contract.getId(), contract.getCurrentVersion(), review,
        approved ? ContractReview.APPROVED : ContractReview.AMENDMENT_REQUESTED, reviewer,
        approved ? null : clause, approved ? null : requestedChange, clock.instant()));
    if (!approved) {
      contract.changeStatus(ContractStatus.AMENDING);
    }
  }

  /** Every review the current version needed approved it: it waits for the internal signature. */
  public void reviewsPassed(String number) {
    contract(number).changeStatus(ContractStatus.AWAITING_INTERNAL_SIGNATURE);
  }

  /**
   * Signed internally: the contract goes to the customer with the current version's PDF attached
   * (once per version, whatever retries).
   */
  public void sendForSignature(String number, String signatory) {
    Contract contract = contract(number);
    contract.sent(signatory, clock.instant());
    ContractVersion version = currentVersion(contract);
    OrderSnapshot order = lifecycle.order(contract.getOrderNumber());
    CustomerView customer = customer(order);
    Labels labels = messages.labels(customer);
    messages.send(order.getNumber(), customer, "CONTRACT_FOR_SIGNATURE",
        "CONTRACT_FOR_SIGNATURE:" + number + ":v" + version.getVersionNo(),
        labels.text("mail.contract.subject", number, order.getNumber()),
        labels.text("mail.contract.text", number, version.getVersionNo(), order.getNumber(),
            properties.contract().signatureDeadline().toDays(), version.getSha256()),
        version.getDocumentId());
  }

  /** A reminder to sign; the reminder number makes a retried timer job send it only once. */
  public int remind(String number) {
    Contract contract = contract(number);
    int reminder = contract.nextReminder();
    ContractVersion version = currentVersion(contract);
    OrderSnapshot order = lifecycle.order(contract.getOrderNumber());
    CustomerView customer = customer(order);
    Labels labels = messages.labels(customer);
    messages.send(order.getNumber(), customer, "CONTRACT_REMINDER",
        "CONTRACT_REMINDER:" + number + ":" + reminder,
        labels.text("mail.contractReminder.subject", number),
        labels.text("mail.contractReminder.text", number, version.getVersionNo(), order.getNumber(),
            labels.date(contract.getSentAt())),
        version.getDocumentId());
    return reminder;
  }

  public void expire(String number) {
    contract(number).changeStatus(ContractStatus.EXPIRED);
  }

  /** The contract is void and the order cancelled (which tells the customer). */
  public void cancel(String number, String actor, String reason) {
    Contract contract = contract(number);
    contract.changeStatus(ContractStatus.CANCELLED);
    OrderSnapshot order = lifecycle.order(contract.getOrderNumber());
    lifecycle.cancel(order.getNumber(), actor,
        messages.labels(customer(order)).text("mail.contractUnsigned", number, reason));
  }

  /** Signed: the order takes over the contract's payment terms and delivery date. */
  public void applyTerms(String number, String actor) {
    Contract contract = contract(number);
    lifecycle.applyContractTerms(contract.getOrderNumber(), contract.getPaymentTerms(), contract.getDeliveryDate(),
        number, actor);
  }

  /** An order cancelled while its contract is open voids the contract. */
  @EventListener
  public void orderCancelled(OrderCancelled event) {
    contracts.findByOrderNumberOrderById(event.orderNumber()).stream()
        .filter(c -> !c.getStatus().isFinal())
        .forEach(c -> c.changeStatus(ContractStatus.CANCELLED));
  }

  ContractVersion currentVersion(Contract contract) {
    return versions.findByContractIdAndVersionNo(contract.getId(), contract.getCurrentVersion())
        .orElseThrow(() -> new IllegalStateException("Contract " + contract.getNumber() + " has no version yet"));
  }

  private CustomerView customer(OrderSnapshot order) {
    return customers.get(order.getCustomerCode());
  }
}
