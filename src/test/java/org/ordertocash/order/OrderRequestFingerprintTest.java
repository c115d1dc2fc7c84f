package org.ordertocash.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * An order request's fingerprint (what the idempotency key is checked against) is its JSON: a
 * field added later must not appear while it is absent, or a request repeated across the upgrade
 * would count as a different one.
 */
class OrderRequestFingerprintTest {

  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  static OrderRequest request(List<OrderRequest.Installment> installments) {
    return new OrderRequest("C-1001", Channel.PHONE, List.of(new OrderRequest.Line("P-100", 2, null)),
        LocalDate.parse("2027-01-20"), null, null, installments);
  }

  @Test
  void anOrderWithoutInstallmentsIsSerializedAsBeforeThereWereAny() throws Exception {
    assertThat(JSON.writeValueAsString(request(null))).doesNotContain("installments")
        .as("the other absent fields stay as they were").contains("\"deliveryAddress\":null,\"paymentTerms\":null}");
    assertThat(JSON.writeValueAsString(request(List.of(new OrderRequest.Installment(0, new BigDecimal("100"))))))
        .contains("\"installments\":[{\"dueInDays\":0,\"percent\":100}]");
  }
}
