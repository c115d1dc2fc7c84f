package org.ordertocash.contract;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * The customer's signature of a contract version: who signed and when, the SHA-256 of what was
 * signed and, when uploaded, the signed PDF (a SIGNED_CONTRACT document). Written once.
 */
@Entity
@Immutable
public class ContractSignature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long contractId;
  private int versionNo;
  private String signedBy;
  private LocalDate signedOn;
  private String documentSha256;
  private Long signedDocumentId;
  private String recordedBy;
  private Instant recordedAt;

  protected ContractSignature() {}

  ContractSignature(Long contractId, int versionNo, String signedBy, LocalDate signedOn, String documentSha256,
      Long signedDocumentId, String recordedBy, Instant recordedAt) {
    this.contractId = contractId;
    this.versionNo = versionNo;
    this.signedBy = signedBy;
    this.signedOn = signedOn;
    this.documentSha256 = documentSha256;
    this.signedDocumentId = signedDocumentId;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public int getVersionNo() { return versionNo; }
  public String getSignedBy() { return signedBy; }
  public LocalDate getSignedOn() { return signedOn; }
  public String getDocumentSha256() { return documentSha256; }
  public Long getSignedDocumentId() { return signedDocumentId; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
