package org.ordertocash.contract;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** One issued version of a contract: its PDF (a CONTRACT document), hash and why it was made. */
@Entity
@Immutable
public class ContractVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long contractId;
  private int versionNo;
  private Long documentId;
  private String sha256;
  private String changeNote;
  private String amendmentRequestedBy;
  private String repeatedReviews;
  private String createdBy;
  private Instant createdAt;

  protected ContractVersion() {}

  ContractVersion(Long contractId, int versionNo, Long documentId, String sha256, String changeNote,
      String amendmentRequestedBy, String repeatedReviews, String createdBy, Instant createdAt) {
    this.contractId = contractId;
    this.versionNo = versionNo;
    this.documentId = documentId;
    this.sha256 = sha256;
    this.changeNote = changeNote;
    this.amendmentRequestedBy = amendmentRequestedBy;
    this.repeatedReviews = repeatedReviews;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public int getVersionNo() { return versionNo; }
  public Long getDocumentId() { return documentId; }
  public String getSha256() { return sha256; }
  public String getChangeNote() { return changeNote; }
  public String getAmendmentRequestedBy() { return amendmentRequestedBy; }
  public String getRepeatedReviews() { return repeatedReviews; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
