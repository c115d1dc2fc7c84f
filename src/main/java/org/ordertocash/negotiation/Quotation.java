package org.ordertocash.negotiation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/** A numbered quotation (QT-2026-000007) for an order; every version made of it is kept. */
@Entity
public class Quotation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String number;
  private String orderNumber;
  private String customerCode;
  private String currency;
  private Instant createdAt;
  @Version
  private int rowVersion;

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "quotation_id", nullable = false)
  @OrderBy("version")
  private List<QuotationVersion> versions = new ArrayList<>();

  protected Quotation() {}

  Quotation(String number, String orderNumber, String customerCode, String currency, Instant createdAt) {
    this.number = number;
    this.orderNumber = orderNumber;
    this.customerCode = customerCode;
    this.currency = currency;
    this.createdAt = createdAt;
  }

  QuotationVersion addVersion(QuotationVersion version) {
    versions.add(version);
    return version;
  }

  int nextVersionNumber() {
    return versions.size() + 1;
  }

  public Optional<QuotationVersion> version(int version) {
    return versions.stream().filter(v -> v.getVersion() == version).findFirst();
  }

  public QuotationVersion latest() {
    if (versions.isEmpty()) {
      throw new IllegalStateException("Quotation " + number + " has no version");
    }
    return versions.get(versions.size() - 1);
  }

  /** "QT-2026-000007/v2": the reference the order keeps of the version the customer accepted. */
  public String reference(int version) {
    return number + "/v" + version;
  }

  public Long getId() { return id; }
  public String getNumber() { return number; }
  public String getOrderNumber() { return orderNumber; }
  public String getCustomerCode() { return customerCode; }
  public String getCurrency() { return currency; }
  public Instant getCreatedAt() { return createdAt; }
  public List<QuotationVersion> getVersions() { return Collections.unmodifiableList(versions); }
}
