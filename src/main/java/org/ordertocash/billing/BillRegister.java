package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.config.ApiError;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.identity.AsSystem;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of bank acceptance bills. A bill is received and held; the invoices it pays count
 * as paid (a payment of method BANK_ACCEPTANCE_BILL, reference BILL-number) once it is endorsed on
 * to a supplier, discounted at a bank, or presented and paid at maturity. A dishonoured bill
 * reverses that payment: the invoices are open again and the order's collection starts anew
 * (with its dunning).
 */
@Service
public class BillRegister {

  /** Bills run six months, electronic ones a year at most. */
  static final int MOST_MONTHS = 12;

  private final BillRepository bills;
  private final InvoiceRepository invoices;
  private final ReceivableRepository receivables;
  private final PaymentService payments;
  private final OrderLifecycle lifecycle;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final OrderToCashProperties properties;
  private final Clock clock;

  @SuppressWarnings("java:S107") // the ledgers a bill touches; grouping them would only hide that
  BillRegister(BillRepository bills, InvoiceRepository invoices, ReceivableRepository receivables,
      PaymentService payments, OrderLifecycle lifecycle, RuntimeService runtime, AsSystem asSystem,
      OrderToCashProperties properties, Clock clock) {
    this.bills = bills;
    this.invoices = invoices;
    this.receivables = receivables;
    this.payments = payments;
    this.lifecycle = lifecycle;
    this.runtime = runtime;
    this.asSystem = asSystem;
    this.properties = properties;
    this.clock = clock;
  }

  public record BillRequest(String number, String drawer, String acceptorBank, BigDecimal amount, String currency,
      LocalDate issueDate, LocalDate maturityDate, List<String> invoices) {}

  @Transactional
  public BillView receive(BillRequest request, String actor) {
    check(request);
    if (bills.findByNumber(request.number()).isPresent()) {
      throw new DomainException.Conflict("Bill " + request.number() + " is in the register already");
    }
    return BillView.of(bills.saveAndFlush(new Bill(request.number(), request.drawer(), request.acceptorBank().strip(),
        request.amount(), request.currency(), request.issueDate(), request.maturityDate(), request.invoices(), actor,
        clock.instant())));
  }

  @Transactional(readOnly = true)
  public BillView get(String number) {
    return BillView.of(bill(number));
  }

  @Transactional
  public BillView endorse(String number, String endorsee, String actor) {
    required("endorsee", endorsee, "Name the supplier the bill is endorsed to");
    Bill bill = move(number, Bill.Status.ENDORSED, Set.of(Bill.Status.HELD), "endorsed to " + endorsee.strip(), actor);
    bill.endorsedTo(endorsee.strip());
    settle(bill, actor);
    return BillView.of(bill);
  }

  @Transactional
  public BillView discount(String number, String bank, BigDecimal charge, String actor) {
    required("bank", bank, "Name the bank that discounted the bill");
    Bill held = bill(number);
    if (charge == null || charge.signum() < 0 || charge.stripTrailingZeros().scale() > 2
        || charge.compareTo(held.getAmount()) >= 0) {
      throw new DomainException.InvalidInput("charge", "The bank's discount charge is 0 or more, to the cent, and less"
          + " than the bill's " + held.getAmount());
    }
    Bill bill = move(number, Bill.Status.DISCOUNTED, Set.of(Bill.Status.HELD),
        "discounted at " + bank.strip() + ", charge " + charge.toPlainString(), actor);
    bill.discountedAt(bank.strip(), charge);
    settle(bill, actor);
    return BillView.of(bill);
  }

  @Transactional
  public BillView present(String number, String actor) {
    return BillView.of(move(number, Bill.Status.PRESENTED, Set.of(Bill.Status.HELD), "presented to "
        + bill(number).getAcceptorBank(), actor));
  }

  @Transactional
  public BillView paid(String number, String actor) {
    Bill bill = move(number, Bill.Status.PAID, Set.of(Bill.Status.PRESENTED), "paid at maturity", actor);
    settle(bill, actor);
    return BillView.of(bill);
  }

  /** The acceptor bank refused to pay: the invoices the bill settled are open again and collected anew. */
  @Transactional
  public BillView dishonour(String number, String reason, String actor) {
    required("reason", reason, "Say why the bill was dishonoured");
    Bill bill = move(number, Bill.Status.DISHONOURED,
        Set.of(Bill.Status.PRESENTED, Bill.Status.ENDORSED, Bill.Status.DISCOUNTED), "dishonoured: " + reason.strip(),
        actor);
    if (payments.exists(bill.paymentReference())) {
      for (String order : payments.reverse(bill.paymentReference())) {
        collectAgain(order, bill, actor);
      }
    }
    return BillView.of(bill);
  }

  private void settle(Bill bill, String actor) {
    payments.book(new PaymentNotice(bill.getDrawerCode(), bill.getAmount(), bill.getCurrency(), LocalDate.now(clock),
        bill.paymentReference(), PaymentMethod.BANK_ACCEPTANCE_BILL, bill.getInvoiceNumbers()), actor);
  }

  private void collectAgain(String order, Bill bill, String actor) {
    if (lifecycle.order(order).getStatus() == OrderStatus.PAID) {
      lifecycle.changeStatus(order, OrderStatus.INVOICED, actor, "Bill " + bill.getNumber() + " dishonoured");
    }
    asSystem.run(() -> {
      boolean collecting = runtime.createProcessInstanceQuery().processDefinitionKey(CollectionProcess.KEY)
          .processInstanceBusinessKey(order).count() > 0;
      if (!collecting) {
        runtime.startProcessInstanceByKey(CollectionProcess.KEY, order,
            Map.of(CollectionProcess.ORDER_NUMBER.name(), order));
      }
    });
  }

  private Bill move(String number, Bill.Status next, Set<Bill.Status> from, String detail, String actor) {
    Bill bill = bill(number);
    if (!bill.moveTo(next, from, detail, actor, clock.instant())) {
      throw new DomainException.Conflict("Bill " + number + " is " + bill.getStatus() + "; it can become " + next
          + " only from " + from);
    }
    return bill;
  }

  private Bill bill(String number) {
    return bills.findByNumber(number).orElseThrow(() -> new DomainException.NotFound("No bill " + number));
  }

  private void check(BillRequest r) {
    List<ApiError.FieldError> errors = new ArrayList<>();
    if (r.number() == null || !r.number().matches("[0-9A-Za-z-]{6,40}")) {
      errors.add(new ApiError.FieldError("number", "the bill's number: 6 to 40 letters, digits or hyphens"));
    }
    if (r.acceptorBank() == null || r.acceptorBank().isBlank() || r.acceptorBank().length() > 200) {
      errors.add(new ApiError.FieldError("acceptorBank", "the accepting bank is required"));
    }
    String amountProblem = AmountCheck.problem(r.amount());
    if (amountProblem != null) {
      errors.add(new ApiError.FieldError("amount", amountProblem));
    }
    if (!properties.currency().getCurrencyCode().equals(r.currency())) {
      errors.add(new ApiError.FieldError("currency", "bills are registered in " + properties.currency().getCurrencyCode()));
    }
    if (r.issueDate() == null || r.maturityDate() == null || !r.maturityDate().isAfter(r.issueDate())
        || r.maturityDate().isAfter(r.issueDate().plusMonths(MOST_MONTHS))) {
      errors.add(new ApiError.FieldError("maturityDate", "after the issue date and at most " + MOST_MONTHS
          + " months later"));
    }
    BigDecimal open = BigDecimal.ZERO;
    if (r.invoices() == null || r.invoices().isEmpty()) {
      errors.add(new ApiError.FieldError("invoices", "name the invoices the bill pays"));
    } else {
      for (String number : r.invoices()) {
        Invoice invoice = invoices.findByNumber(number).orElse(null);
        if (invoice == null || !invoice.getCustomerCode().equals(r.drawer()) || invoice.getKind() != Invoice.Kind.INVOICE) {
          errors.add(new ApiError.FieldError("invoices", r.drawer() + " has no invoice " + number));
        } else {
          open = open.add(receivables.sumOpenAmountOf(List.of(number)));
        }
      }
    }
    if (errors.isEmpty() && r.amount().compareTo(open) > 0) {
      errors.add(new ApiError.FieldError("amount", "the invoices have only " + open + " open"));
    }
    if (!errors.isEmpty()) {
      throw new DomainException.InvalidInput(errors.get(0).field() + ": " + errors.get(0).message(), errors);
    }
  }

  private static void required(String field, String value, String message) {
    if (value == null || value.isBlank() || value.length() > 200) {
      throw new DomainException.InvalidInput(field, message);
    }
  }
}
