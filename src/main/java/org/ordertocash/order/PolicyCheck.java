package org.ordertocash.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ordertocash.customer.ValueClass;

/** The outcome of checking an order against sales policy, before routing decides. */
public record PolicyCheck(
    String customerCode,
    String customerName,
    ValueClass customerClass,
    boolean newCustomer,
    BigDecimal orderValue,
    String orderValueText,
    BigDecimal priceDeviationPercent,
    boolean paymentTermsAllowed,
    boolean deliveryDateFeasible) {

  public boolean policyViolation() {
    return !paymentTermsAllowed || !deliveryDateFeasible;
  }

  public String findings() {
    List<String> findings = new ArrayList<>();
    if (!paymentTermsAllowed) {
      findings.add("Payment terms are not allowed for this customer");
    }
    if (!deliveryDateFeasible) {
      findings.add("Requested delivery date cannot be met");
    }
    if (priceDeviationPercent.signum() > 0) {
      findings.add("Largest discount below list price: " + priceDeviationPercent.stripTrailingZeros().toPlainString() + " %");
    }
    return findings.isEmpty() ? "None" : String.join("; ", findings);
  }
}
