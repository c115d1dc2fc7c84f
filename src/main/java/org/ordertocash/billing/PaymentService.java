package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.ordertocash.config.ApiError;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books payments and settles invoices with them. A notice is matched by the invoice numbers the
 * payer quoted, else by payer and exact open amount (one invoice only), else it waits unmatched
 * for finance to allocate by hand. What no invoice takes stays on the payment as the customer's
 * credit. The bank reference identifies a payment: the same notice twice books once.
 */
@Service
public class PaymentService {

  private final PaymentRepository payments;
  private final InvoiceRepository invoices;
  private final ReceivableRepository receivables;
  private final CustomerDirectory customers;
  private final PaymentAllocationRequests allocationRequests;
  private final OpenItems openItems;
  private final OrderToCashProperties properties;
  private final Clock clock;

  PaymentService(PaymentRepository payments, InvoiceRepository invoices, ReceivableRepository receivables,
      CustomerDirectory customers, PaymentAllocationRequests allocationRequests, OpenItems openItems,
      OrderToCashProperties properties, Clock clock) {
    this.payments = payments;
    this.invoices = invoices;
    this.receivables = receivables;
    this.customers = customers;
    this.allocationRequests = allocationRequests;
    this.openItems = openItems;
    this.properties = properties;
    this.clock = clock;
  }

  /** A booking's result: the payment, and whether this notice booked it (false: it was booked before). */
  public record Booking(PaymentView payment, boolean created) {}

  @Transactional
  public Booking book(PaymentNotice notice, String actor) {
    List<Invoice> quoted = check(notice);
    Optional<Payment> earlier = payments.findByBankReference(notice.bankReference());
    if (earlier.isPresent()) {
      return new Booking(PaymentView.of(sameNotice(earlier.get(), notice)), false);
    }
    String currency = properties.currency().getCurrencyCode();
    boolean foreign = !currency.equals(notice.currency());
    BigDecimal credited = foreign ? notice.settledAmount() : notice.amount();
    Payment payment = new Payment(notice.bankReference(), notice.payer(), credited, currency, notice.valueDate(),
        notice.method(), actor, clock.instant());
    if (foreign) {
      payment.sentAs(notice.amount(), notice.currency());
    }
    payments.saveAndFlush(payment);
    if (!quoted.isEmpty()) {
      quoted.forEach(invoice -> settle(payment, invoice, PaymentAllocation.MatchedBy.REFERENCE, actor));
    } else {
      List<Receivable> sameAmount = receivables.findOpenByCustomerAndAmount(notice.payer(), credited);
      if (sameAmount.size() == 1) {
        settle(payment, invoice(sameAmount.get(0).getInvoiceNumber()), PaymentAllocation.MatchedBy.PAYER_AND_AMOUNT, actor);
      }
    }
    if (payment.getStatus() == Payment.Status.UNMATCHED) {
      allocationRequests.askFinance(payment);
    }
    return new Booking(PaymentView.of(payment), true);
  }

  @Transactional(readOnly = true)
  public boolean exists(String bankReference) {
    return payments.findByBankReference(bankReference).isPresent();
  }

  /**
   * The money of a booked payment never came (a dishonoured bill): what it settled is open again
   * and those invoices are OPEN. Answers the orders whose invoices re-opened; once only.
   */
  @Transactional
  public Set<String> reverse(String bankReference) {
    Payment payment = payment(bankReference);
    Set<String> orders = new TreeSet<>();
    if (payment.isReversed()) {
      return orders;
    }
    for (PaymentAllocation allocation : payment.getAllocations()) {
      Invoice invoice = invoice(allocation.getInvoiceNumber());
      openItems.lock(invoice).reopen(allocation.getAmount());
      invoice.reopened();
      orders.add(invoice.getOrderNumber());
    }
    payment.reverse();
    return orders;
  }

  /** Finance chose this invoice for an unmatched payment: it takes what fits (by the time the step runs). */
  @Transactional
  public void allocateWhatFits(String bankReference, String invoiceNumber, String actor) {
    Payment payment = payment(bankReference);
    if (payment.getUnallocatedAmount().signum() > 0) {
      settle(payment, invoice(invoiceNumber), PaymentAllocation.MatchedBy.BY_HAND, actor);
    }
  }

  /** Whether the invoice is the payer's and still open. */
  @Transactional(readOnly = true)
  public boolean isOpenInvoiceOf(String payer, String invoiceNumber) {
    return invoices.findByNumber(invoiceNumber)
        .filter(i -> i.getCustomerCode().equals(payer) && i.getStatus() == InvoiceStatus.OPEN).isPresent();
  }

  @Transactional(readOnly = true)
  public PaymentView get(String bankReference) {
    return PaymentView.of(payment(bankReference));
  }

  /** Finance gives (part of) an unallocated payment to an invoice of the same customer. */
  @Transactional
  public PaymentView allocate(String bankReference, String invoiceNumber, BigDecimal amount, String actor) {
    Payment payment = payment(bankReference);
    Invoice invoice = invoice(invoiceNumber);
    if (!invoice.getCustomerCode().equals(payment.getPayerCode())) {
      throw new DomainException.InvalidInput("invoice", "Invoice " + invoiceNumber + " is not "
          + payment.getPayerCode() + "'s but " + invoice.getCustomerCode() + "'s");
    }
    AmountCheck.require("amount", amount);
    if (amount.compareTo(payment.getUnallocatedAmount()) > 0) {
      throw new DomainException.InvalidInput("amount", "Only " + payment.getUnallocatedAmount()
          + " of payment " + bankReference + " is unallocated");
    }
    BigDecimal open = openItems.lock(invoice).getOpenAmount();
    if (amount.compareTo(open) > 0) {
      throw new DomainException.InvalidInput("amount", "Invoice " + invoiceNumber + " has only " + open + " open");
    }
    settle(payment, invoice, PaymentAllocation.MatchedBy.BY_HAND, actor, amount);
    return PaymentView.of(payment);
  }

  private void settle(Payment payment, Invoice invoice, PaymentAllocation.MatchedBy matchedBy, String actor) {
    settle(payment, invoice, matchedBy, actor, payment.getUnallocatedAmount());
  }

  /** Gives the invoice up to {@code most} of the payment, as far as the invoice is open. */
  private void settle(Payment payment, Invoice invoice, PaymentAllocation.MatchedBy matchedBy, String actor,
      BigDecimal most) {
    BigDecimal share = openItems.takeOff(invoice, most);
    if (share.signum() > 0) {
      payment.allocate(invoice.getNumber(), share, matchedBy, actor, clock.instant());
    }
  }

  private Payment payment(String bankReference) {
    return payments.findByBankReference(bankReference)
        .orElseThrow(() -> new DomainException.NotFound("No payment with bank reference " + bankReference));
  }

  private Invoice invoice(String number) {
    return invoices.findByNumber(number)
        .orElseThrow(() -> new DomainException.InvalidInput("invoices", "There is no invoice " + number));
  }

  private Payment sameNotice(Payment earlier, PaymentNotice notice) {
    if (!earlier.sameAs(notice.payer(), notice.amount(), notice.currency(), notice.valueDate())) {
      throw new DomainException.Conflict("Bank reference " + notice.bankReference()
          + " was booked already with other details (payer " + earlier.getPayerCode() + ", "
          + earlier.getAmount() + " " + earlier.getCurrency() + ", value date " + earlier.getValueDate() + ")");
    }
    return earlier;
  }

  /** Refuses what cannot be booked, with a sentence per field; returns the quoted invoices. */
  private List<Invoice> check(PaymentNotice notice) {
    List<ApiError.FieldError> errors = new ArrayList<>();
    if (blank(notice.payer()) || customers.find(notice.payer()).isEmpty()) {
      errors.add(new ApiError.FieldError("payer", "Name the paying customer by a known customer code"));
    }
    String amountProblem = AmountCheck.problem(notice.amount());
    if (amountProblem != null) {
      errors.add(new ApiError.FieldError("amount", amountProblem));
    }
    checkCurrency(notice, errors);
    if (notice.valueDate() == null) {
      errors.add(new ApiError.FieldError("valueDate", "Give the value date (YYYY-MM-DD)"));
    } else if (notice.valueDate().isAfter(LocalDate.now(clock).plusDays(1))) {
      errors.add(new ApiError.FieldError("valueDate", "The value date " + notice.valueDate() + " lies in the future"));
    }
    if (blank(notice.bankReference()) || notice.bankReference().length() > 100) {
      errors.add(new ApiError.FieldError("bankReference", "Give the bank's reference (at most 100 characters)"));
    }
    if (notice.method() == null) {
      errors.add(new ApiError.FieldError("method", "Give the method: BANK_TRANSFER, CASH, CHEQUE or BANK_ACCEPTANCE_BILL"));
    }
    List<Invoice> quoted = new ArrayList<>();
    Set<String> numbers = new LinkedHashSet<>(notice.invoices());
    for (String number : numbers) {
      Optional<Invoice> invoice = invoices.findByNumber(number);
      if (invoice.isEmpty()) {
        errors.add(new ApiError.FieldError("invoices", "There is no invoice " + number));
      } else if (invoice.get().getKind() != Invoice.Kind.INVOICE) {
        errors.add(new ApiError.FieldError("invoices", number + " is a credit note, not an invoice"));
      } else if (invoice.get().getStatus() == InvoiceStatus.CANCELLED) {
        errors.add(new ApiError.FieldError("invoices", "Invoice " + number + " is cancelled"));
      } else if (!invoice.get().getCustomerCode().equals(notice.payer())) {
        errors.add(new ApiError.FieldError("invoices", "Invoice " + number + " is not " + notice.payer() + "'s"));
      } else {
        quoted.add(invoice.get());
      }
    }
    if (!errors.isEmpty()) {
      throw new DomainException.InvalidInput(errors.get(0).message(), errors);
    }
    return quoted;
  }

  /**
   * The company's currency, or a configured foreign one with the amount the bank credited in the
   * company's currency ({@code settledAmount}); nothing is converted at a rate of our own.
   */
  private void checkCurrency(PaymentNotice notice, List<ApiError.FieldError> errors) {
    String currency = properties.currency().getCurrencyCode();
    List<String> foreign = properties.billing().foreignCurrencies();
    if (currency.equals(notice.currency())) {
      if (notice.settledAmount() != null && notice.settledAmount().compareTo(notice.amount()) != 0) {
        errors.add(new ApiError.FieldError("settledAmount", "settledAmount is only for payments in a foreign currency"));
      }
    } else if (notice.currency() == null || !foreign.contains(notice.currency())) {
      errors.add(new ApiError.FieldError("currency", "Payments are booked in " + currency
          + (foreign.isEmpty() ? "" : " or " + String.join(", ", foreign))
          + (notice.currency() == null ? "" : ", not " + notice.currency())));
    } else {
      String problem = AmountCheck.problem(notice.settledAmount());
      if (problem != null) {
        errors.add(new ApiError.FieldError("settledAmount", "A payment in " + notice.currency()
            + " needs settledAmount, what the bank credited in " + currency + ": " + problem));
      }
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
