package org.ordertocash.negotiation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The customer's answer to one quotation version (at most one per version). */
@Entity
public class QuotationResponse {

  public enum Decision { ACCEPT, COUNTER, REJECT }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long quotationId;
  private int version;
  @Enumerated(EnumType.STRING)
  private Decision decision;
  private String reason;
  private String counterPrices;
  private String fingerprint;
  private String recordedBy;
  private Instant recordedAt;

  protected QuotationResponse() {}

  QuotationResponse(Long quotationId, int version, Decision decision, String reason,
      Map<Integer, BigDecimal> counterPrices, String fingerprint, String recordedBy, Instant recordedAt) {
    this.quotationId = quotationId;
    this.version = version;
    this.decision = decision;
    this.reason = reason;
    this.counterPrices = counterPrices.isEmpty() ? null : counterPrices.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().toPlainString()).collect(Collectors.joining(";"));
    this.fingerprint = fingerprint;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** The unit prices the customer offered, by line number (COUNTER only). */
  public Map<Integer, BigDecimal> counterPrices() {
    Map<Integer, BigDecimal> prices = new LinkedHashMap<>();
    if (counterPrices != null) {
      Arrays.stream(counterPrices.split(";")).map(entry -> entry.split("="))
          .forEach(pair -> prices.put(Integer.valueOf(pair[0]), new BigDecimal(pair[1])));
    }
    return prices;
  }

  public Long getId() { return id; }
  public Long getQuotationId() { return quotationId; }
  public int getVersion() { return version; }
  public Decision getDecision() { return decision; }
  public String getReason() { return reason; }
  public String getFingerprint() { return fingerprint; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
