package org.ordertocash.audit;

import java.util.List;

/**
 * Renders audit reports as PDF. Implemented by the document module (which lays out every PDF and
 * itself puts documents on the audit trail), so the trail does not depend on it.
 */
public interface AuditReportRenderer {

  byte[] timeline(AuditTimeline.Timeline timeline, ChainVerifier.Verification verification);

  byte[] searchResult(List<AuditSearch.Found> orders, String question);
}
