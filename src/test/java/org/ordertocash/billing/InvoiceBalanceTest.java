package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An invoice in three installments: payments settle the earliest first, reversals re-open the latest first. */
class InvoiceBalanceTest {

  static final LocalDate FIRST = LocalDate.parse("2027-01-10");

  static InvoiceBalance threeInstallments() {
    return new InvoiceBalance("INV-1", List.of(
        new Receivable("INV-1", 1, "C-1", new BigDecimal("300.00"), new BigDecimal("300.00"), "CNY", FIRST),
        new Receivable("INV-1", 2, "C-1", new BigDecimal("400.00"), new BigDecimal("400.00"), "CNY", FIRST.plusDays(30)),
        new Receivable("INV-1", 3, "C-1", new BigDecimal("300.00"), new BigDecimal("300.00"), "CNY", FIRST.plusDays(60))));
  }

  static List<String> open(InvoiceBalance balance) {
    return balance.installments().stream().map(r -> r.getOpenAmount().toPlainString()).toList();
  }

  @Test
  void aPaymentSettlesTheEarliestInstallmentsFirstAndTheDueDateMovesOn() {
    InvoiceBalance balance = threeInstallments();
    assertThat(balance.getDueDate()).isEqualTo(FIRST);

    balance.settle(new BigDecimal("500.00"));

    assertThat(open(balance)).containsExactly("0.00", "200.00", "300.00");
    assertThat(balance.getOpenAmount()).isEqualByComparingTo("500.00");
    assertThat(balance.getDueDate()).isEqualTo(FIRST.plusDays(30));
    assertThat(balance.isSettled()).isFalse();
  }

  @Test
  void aReversedPaymentReopensTheLatestSettledMoneyFirst() {
    InvoiceBalance balance = threeInstallments();
    balance.settle(new BigDecimal("800.00"));

    balance.reopen(new BigDecimal("150.00"));

    assertThat(open(balance)).containsExactly("0.00", "50.00", "300.00");
    assertThatThrownBy(() -> balance.reopen(new BigDecimal("800.01"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyInstallmentsPastTheirDateAreOverdue() {
    InvoiceBalance balance = threeInstallments();
    balance.settle(new BigDecimal("100.00"));

    assertThat(balance.overdueOn(FIRST)).isEqualByComparingTo("0");
    assertThat(balance.overdueOn(FIRST.plusDays(1))).isEqualByComparingTo("200.00");
    assertThat(balance.overdueOn(FIRST.plusDays(31))).isEqualByComparingTo("600.00");
  }

  @Test
  void nothingBeyondWhatIsOpenCanBeSettled() {
    InvoiceBalance balance = threeInstallments();

    assertThatThrownBy(() -> balance.settle(new BigDecimal("1000.01"))).isInstanceOf(IllegalArgumentException.class);
    balance.settle(new BigDecimal("1000.00"));
    assertThat(balance.isSettled()).isTrue();
    assertThat(balance.getDueDate()).as("the last one's, once all are paid").isEqualTo(FIRST.plusDays(60));
  }
}
