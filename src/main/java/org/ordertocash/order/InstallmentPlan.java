package org.ordertocash.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ordertocash.config.ApiError.FieldError;

/**
 * How an order on terms INSTALLMENTS is paid: portions of each invoice, in percent, each due a
 * number of days after the invoice is issued. Stored with the order as text ("0:30,30:40,60:30").
 */
public record InstallmentPlan(List<Portion> portions) {

  public record Portion(int dueInDays, BigDecimal percent) {}

  static final int MOST_PORTIONS = 12;
  static final int LATEST_DAY = 365;
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public InstallmentPlan {
    portions = List.copyOf(portions);
  }

  public static InstallmentPlan parse(String text) {
    return new InstallmentPlan(Arrays.stream(text.split(",")).map(part -> part.split(":"))
        .map(p -> new Portion(Integer.parseInt(p[0]), new BigDecimal(p[1]))).toList());
  }

  public String text() {
    return String.join(",", portions.stream().map(p -> p.dueInDays() + ":" + p.percent().toPlainString()).toList());
  }

  /**
   * What is wrong with the requested portions: 2 to 12 of them, due 0 to 365 days after the invoice
   * and each later than the one before, each above 0 % with at most two decimals, 100 % together.
   */
  static List<FieldError> check(List<OrderRequest.Installment> requested) {
    List<FieldError> errors = new ArrayList<>();
    if (requested.size() < 2 || requested.size() > MOST_PORTIONS) {
      errors.add(new FieldError("installments", "an installment plan has 2 to " + MOST_PORTIONS + " portions, not "
          + requested.size()));
      return errors;
    }
    BigDecimal total = BigDecimal.ZERO;
    int previousDay = -1;
    for (int i = 0; i < requested.size(); i++) {
      OrderRequest.Installment portion = requested.get(i);
      String field = "installments[" + i + "]";
      if (portion == null || portion.dueInDays() == null || portion.percent() == null) {
        errors.add(new FieldError(field, "each portion needs dueInDays and percent"));
        continue;
      }
      if (portion.dueInDays() < 0 || portion.dueInDays() > LATEST_DAY || portion.dueInDays() <= previousDay) {
        errors.add(new FieldError(field + ".dueInDays", "portions fall due 0 to " + LATEST_DAY
            + " days after the invoice, each later than the one before"));
      }
      if (portion.percent().signum() <= 0 || portion.percent().stripTrailingZeros().scale() > 2) {
        errors.add(new FieldError(field + ".percent", "a portion is above 0 % with at most two decimals, not "
            + portion.percent().toPlainString()));
      }
      previousDay = portion.dueInDays();
      total = total.add(portion.percent());
    }
    if (errors.isEmpty() && total.compareTo(HUNDRED) != 0) {
      errors.add(new FieldError("installments", "the portions add up to " + total.stripTrailingZeros().toPlainString()
          + " %, not 100 %"));
    }
    return errors;
  }

  static InstallmentPlan of(List<OrderRequest.Installment> requested) {
    return new InstallmentPlan(requested.stream()
        .map(i -> new Portion(i.dueInDays(), i.percent().stripTrailingZeros())).toList());
  }
}
