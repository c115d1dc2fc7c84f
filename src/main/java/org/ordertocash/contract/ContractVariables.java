package org.ordertocash.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.ordertocash.config.TaskRefusal;
import org.ordertocash.customer.PaymentTerms;

/**
 * The process variables of the contract terms, as the draft and amend forms submit them:
 * {@code paymentTerms}, {@code deliveryDate} (yyyy-MM-dd), {@code penaltyPercentPerWeek},
 * {@code penaltyCapPercent}, {@code specialClauses}.
 */
public final class ContractVariables {

  public static final String CONTRACT_NUMBER = "contractNumber";
  public static final String ORDER_NUMBER = "orderNumber";

  private ContractVariables() {}

  /** The terms as variables, e.g. to prefill the draft form. */
  public static Map<String, Object> of(ContractTerms terms) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("paymentTerms", terms.paymentTerms().name());
    variables.put("deliveryDate", terms.deliveryDate().toString());
    variables.put("penaltyPercentPerWeek", terms.penaltyPercentPerWeek().doubleValue());
    variables.put("penaltyCapPercent", terms.penaltyCapPercent().doubleValue());
    variables.put("specialClauses", terms.specialClauses());
    return variables;
  }

  /** Reads the terms; a missing or malformed value is refused with the field's name. */
  public static ContractTerms terms(VariableScope scope) {
    return new ContractTerms(paymentTerms(ContractSigningProcess.PAYMENT_TERMS.get(scope)), date(ContractSigningProcess.DELIVERY_DATE.get(scope)),
        number(ContractSigningProcess.PENALTY_PERCENT_PER_WEEK.name(), ContractSigningProcess.PENALTY_PERCENT_PER_WEEK.get(scope)),
        number(ContractSigningProcess.PENALTY_CAP_PERCENT.name(), ContractSigningProcess.PENALTY_CAP_PERCENT.get(scope)),
        blankToNull((String) scope.getVariable(ContractSigningProcess.SPECIAL_CLAUSES.name())));
  }

  private static PaymentTerms paymentTerms(Object value) {
    try {
      return PaymentTerms.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw TaskRefusal.of("paymentTerms", "Payment terms must be one of PREPAID, NET_15, NET_30, NET_60, NET_90");
    }
  }

  private static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), java.time.ZoneOffset.UTC);
    }
    try {
      String text = String.valueOf(value);
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw TaskRefusal.of("deliveryDate", "Delivery date must be a date (yyyy-MM-dd)");
    }
  }

  private static BigDecimal number(String field, Object value) {
    try {
      return new BigDecimal(String.valueOf(value));
    } catch (NumberFormatException e) {
      throw TaskRefusal.of(field, field + " must be a number");
    }
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
