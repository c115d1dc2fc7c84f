package org.ordertocash.audit;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Walks the chain from its start, recomputing every hash: a record changed in place, removed,
 * inserted or moved breaks the chain at the first record that no longer fits, and a removed tail
 * shows against the head. The chain is checked up to the head read at the start: records appended
 * while it runs are left for the next check. Reads in pages, so memory stays flat however long the chain is.
 */
@Component
public class ChainVerifier {

  private static final int PAGE = 5_000;

  private final AuditStore store;

  ChainVerifier(AuditStore store) {
    this.store = store;
  }

  public Verification verify() {
    AuditStore.Head head = store.head();
    long expectedSeq = 1;
    String previousHash = ChainHash.GENESIS;
    long checked = 0;
    while (true) {
      List<AuditRecord> page = store.page(expectedSeq - 1, PAGE);
      if (page.isEmpty()) {
        break;
      }
      for (AuditRecord record : page) {
        if (record.seq() > head.seq()) {
          // appended while this verification ran: the chain is checked as it stood at its start
          break;
        }
        String problem = problem(record, expectedSeq, previousHash);
        if (problem != null) {
          return Verification.broken(checked, head.seq(), new BrokenLink(expectedSeq, record.seq(), problem));
        }
        checked++;
        expectedSeq++;
        previousHash = record.hash();
      }
      if (page.size() < PAGE || checked >= head.seq()) {
        break;
      }
    }
    if (checked < head.seq()) {
      return Verification.broken(checked, head.seq(), new BrokenLink(expectedSeq, null,
          "records " + expectedSeq + " to " + head.seq() + " are missing (the chain's head is at " + head.seq() + ")"));
    }
    if (checked > 0 && !previousHash.equals(head.hash())) {
      return Verification.broken(checked, head.seq(), new BrokenLink(checked, checked,
          "the last record's hash differs from the chain's head"));
    }
    return Verification.intact(checked, head.seq());
  }

  /**
   * Checks one order's records where they stand in the chain: each still hashes to what it
   * carries, and follows the record before it. Cheap enough for every report; the whole chain's
   * check ({@link #verify()}) also finds records removed between them.
   */
  public Verification verifyOrder(String orderNumber) {
    List<AuditRecord> records = store.ofOrder(orderNumber);
    Map<Long, String> before = store.hashesAt(records.stream().map(r -> r.seq() - 1).toList());
    for (AuditRecord record : records) {
      String previous = record.seq() == 1 ? ChainHash.GENESIS : before.get(record.seq() - 1);
      if (previous == null) {
        return Verification.broken(0, records.size(), new BrokenLink(record.seq() - 1, null,
            "record " + (record.seq() - 1) + ", before one of this order's, is missing"));
      }
      String problem = problem(record, record.seq(), previous);
      if (problem != null) {
        return Verification.broken(0, records.size(), new BrokenLink(record.seq(), record.seq(), problem));
      }
    }
    return Verification.intact(records.size(), store.head().seq());
  }

  private static String problem(AuditRecord record, long expectedSeq, String previousHash) {
    if (record.seq() != expectedSeq) {
      return "record " + expectedSeq + " is missing (found " + record.seq() + " next)";
    }
    if (!previousHash.equals(record.prevHash())) {
      return "record " + expectedSeq + " does not follow record " + (expectedSeq - 1) + " (previous hash differs)";
    }
    if (!record.expectedHash().equals(record.hash())) { // a null hash differs too
      return "record " + expectedSeq + " was changed after it was written (its hash no longer matches its content)";
    }
    return null;
  }

  public record BrokenLink(long seq, Long foundSeq, String problem) {}

  public record Verification(boolean intact, long recordsChecked, long headSeq, BrokenLink firstBroken) {
    static Verification intact(long checked, long head) {
      return new Verification(true, checked, head, null);
    }

    static Verification broken(long checked, long head, BrokenLink link) {
      return new Verification(false, checked, head, link);
    }
  }
}
