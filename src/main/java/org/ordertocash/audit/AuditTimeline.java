package org.ordertocash.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ordertocash.config.DomainException;
import org.springframework.stereotype.Service;

/** One order's story from the audit trail: every record in the order it was written. */
@Service
public class AuditTimeline {

  private final AuditStore store;
  private final ObjectMapper json = new ObjectMapper();

  AuditTimeline(AuditStore store) {
    this.store = store;
  }

  public Timeline of(String orderNumber) {
    List<AuditRecord> records = store.ofOrder(orderNumber);
    if (records.isEmpty()) {
      throw new DomainException.NotFound("Nothing is on record for order " + orderNumber);
    }
    List<Event> events = new ArrayList<>(records.size());
    Map<String, String> processes = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> passes = new TreeMap<>();
    for (AuditRecord r : records) {
      events.add(new Event(r.seq(), r.recordedAt(), r.kind(), r.actor(), r.requestId(), r.processInstanceId(),
          r.processKey(), r.activityId(), r.summary(), details(r), r.hash()));
      if (r.processInstanceId() != null && r.processKey() != null) {
        processes.putIfAbsent(r.processInstanceId(), r.processKey());
      }
      if (isPass(r)) {
        passes.computeIfAbsent(r.processKey(), k -> new TreeMap<>()).merge(r.activityId(), 1, Integer::sum);
      }
    }
    return new Timeline(orderNumber, processes, passes, events);
  }

  /** An activity the order passed through: ended (or a message that arrived), not canceled. */
  private static boolean isPass(AuditRecord r) {
    boolean ended = AuditKind.ACTIVITY_ENDED.name().equals(r.kind()) || AuditKind.MESSAGE_RECEIVED.name().equals(r.kind());
    return ended && r.processKey() != null && r.activityId() != null
        && (r.details() == null || !r.details().contains("\"canceled\":true"));
  }

  private JsonNode details(AuditRecord r) {
    if (r.details() == null) {
      return null;
    }
    try {
      return json.readTree(r.details());
    } catch (JsonProcessingException e) {
      return json.getNodeFactory().textNode(r.details());
    }
  }

  /**
   * @param processes the order's process instances (id → process key)
   * @param passes    per process key, how often each activity was passed (for the diagram)
   */
  public record Timeline(String orderNumber, Map<String, String> processes, Map<String, Map<String, Integer>> passes,
      List<Event> events) {}

  public record Event(long seq, Instant at, String kind, String actor, String requestId, String processInstanceId,
      String processKey, String activityId, String summary, JsonNode details, String hash) {}
}
