package org.ordertocash.customer;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A customer as staff enter or change it (POST/PUT /api/customers). Codes (value class, payment
 * terms, language) come as text and are checked with a sentence naming the choices; the first
 * payment term is the customer's default. The delivery address may be left out (then the billing
 * address). The credit limit is not part of it: it changes through its own request.
 */
public record CustomerForm(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 100) String contactName,
    @NotBlank @Email @Size(max = 200) String contactEmail,
    @Size(max = 40) String contactPhone,
    @NotNull(message = "is required: street, city, postalCode, country") @Valid Address billingAddress,
    @Valid Address deliveryAddress,
    @NotBlank String valueClass,
    @NotEmpty(message = "needs at least one payment term, the default first") List<String> paymentTerms,
    String language) {}
