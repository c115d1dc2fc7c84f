package org.ordertocash.inventory;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A product as staff enter or change it (POST/PUT /api/products): SKU (on creation), English and
 * Chinese name, unit, category, VAT rate as a fraction (0.13 = 13 %) and, on creation, the first
 * list price (valid from today).
 */
public record ProductForm(
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be 2 to 40 capital letters, digits or hyphens") String sku,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 200) String nameZh,
    @NotBlank @Pattern(regexp = "[a-z]{1,20}", message = "must be a unit code such as pcs, set, box or kg") String unit,
    @NotBlank String category,
    @NotNull @DecimalMin("0") @DecimalMax(value = "0.3", message = "is a fraction: 0.13 for 13 %") BigDecimal vatRate,
    @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal listPrice) {}
