package org.ordertocash.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.ordertocash.customer.Address;
import org.ordertocash.customer.PaymentTerms;

/** The body of POST /api/orders. Unit price, delivery address and payment terms are optional. */
public record OrderRequest(
    @NotBlank @Size(max = 20) String customerCode,
    @NotNull Channel channel,
    @NotEmpty(message = "an order needs at least one line")
    @Size(max = OrderRequest.MAX_LINES, message = "at most " + OrderRequest.MAX_LINES + " lines per order")
    List<@NotNull @Valid Line> lines,
    @NotNull LocalDate requestedDeliveryDate,
    @Valid Address deliveryAddress,
    PaymentTerms paymentTerms,
    // left out of the request's fingerprint when absent, so that requests from before it keep theirs
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Size(max = 12, message = "at most 12 installments") List<Installment> installments) {

  public static final int MAX_LINES = 100;
  public static final int MAX_QUANTITY = 100_000;

  /** A portion of each invoice, for terms INSTALLMENTS: due so many days after the invoice. */
  public record Installment(Integer dueInDays, BigDecimal percent) {}

  public record Line(
      @NotBlank @Size(max = 40) String sku,
      @NotNull @Positive(message = "must be at least 1")
      @Max(value = MAX_QUANTITY, message = "must not exceed " + MAX_QUANTITY) Integer quantity,
      @DecimalMin(value = "0.00", message = "must not be negative")
      @Digits(integer = 12, fraction = 2, message = "must have at most 12 digits and 2 decimals")
      BigDecimal unitPrice) {}
}
