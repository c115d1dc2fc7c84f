package org.ordertocash.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ordertocash.config.Labels;
import org.ordertocash.customer.ValueClass;

/** The outcome of checking an order against sales policy, before routing decides. */
public record PolicyCheck(
    String customerCode,
    ValueClass customerClass,
    boolean newCustomer,
    BigDecimal orderValue,
    BigDecimal priceDeviationPercent,
    boolean paymentTermsAllowed,
    boolean deliveryDateFeasible) {

  public String findings(Labels labels) {
    List<String> findings = new ArrayList<>();
    if (!paymentTermsAllowed) {
      findings.add(labels.text("policy.paymentTerms"));
    }
    if (!deliveryDateFeasible) {
      findings.add(labels.text("policy.deliveryDate"));
    }
    if (priceDeviationPercent.signum() > 0) {
      findings.add(labels.text("policy.discount", priceDeviationPercent.stripTrailingZeros().toPlainString()));
    }
    return findings.isEmpty() ? labels.text("policy.none") : String.join(labels.text("list.separator"), findings);
  }
}
