package org.ordertocash.customer;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address; the country is an ISO 3166 alpha-2 code. */
@Embeddable
public record Address(
    @NotBlank @Size(max = 200) String street,
    @NotBlank @Size(max = 100) String city,
    @NotBlank @Size(max = 20) String postalCode,
    @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO country code such as CN") String country) {

  public String oneLine() {
    return street + ", " + postalCode + " " + city + ", " + country;
  }
}
