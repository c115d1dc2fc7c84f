package org.ordertocash.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.Money;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.identity.AsSystem;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Puts a payment nobody could match before finance: starts payment-allocation with what the task shows. */
@Component
class PaymentAllocationRequests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReceivableRepository receivables;
  private final CustomerDirectory customers;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final OrderToCashProperties properties;

  PaymentAllocationRequests(ReceivableRepository receivables, CustomerDirectory customers, RuntimeService runtime,
      AsSystem asSystem, OrderToCashProperties properties) {
    this.properties = properties;
    this.receivables = receivables;
    this.customers = customers;
    this.runtime = runtime;
    this.asSystem = asSystem;
  }

  /** Starts the payment's allocation by finance: a task listing the payer's open invoices. */
  void askFinance(Payment payment) {
    Labels labels = properties.labels();
    List<Map<String, String>> choices = new ArrayList<>();
    for (Receivable open : receivables.findByCustomerCodeAndOpenAmountGreaterThanOrderByDueDate(payment.getPayerCode(),
        BigDecimal.ZERO)) {
      choices.add(Map.of("value", open.getInvoiceNumber(), "label", labels.text("task.payment.openInvoice",
          open.getInvoiceNumber(), Money.format(open.getOpenAmount(), open.getCurrency()), labels.date(open.getDueDate()))));
    }
    choices.add(Map.of("value", PaymentAllocationProcess.KEEP_AS_CREDIT, "label", labels.text("task.payment.keepAsCredit")));
    Map<String, Object> variables = new HashMap<>();
    variables.put(PaymentAllocationProcess.BANK_REFERENCE.name(), payment.getBankReference());
    variables.put(PaymentAllocationProcess.PAYER.name(), payment.getPayerCode());
    variables.put(PaymentAllocationProcess.PAYER_NAME.name(), customers.get(payment.getPayerCode()).getName());
    variables.put(PaymentAllocationProcess.PAYMENT_TEXT.name(), labels.text("task.payment.text",
        Money.format(payment.getAmount(), payment.getCurrency()), labels.code(payment.getMethod()),
        labels.date(payment.getValueDate()), payment.getBankReference()));
    variables.put(PaymentAllocationProcess.OPEN_INVOICES.name(), SpinValues.jsonValue(json(choices)).create());
    asSystem.run(() -> runtime.startProcessInstanceByKey(PaymentAllocationProcess.KEY, payment.getBankReference(), variables));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value + " as JSON", e);
    }
  }
}
