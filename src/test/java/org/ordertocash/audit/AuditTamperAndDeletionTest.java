package org.ordertocash.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ordertocash.audit.AuditTrailTest.first;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.OrderDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A record altered or removed behind the application's back breaks the chain exactly there; an
 * operator deleting an order's process, or its history, leaves a record naming what went, and
 * the order stops looking as if it were running.
 */
@AppTest
@SuppressWarnings("unchecked")
class AuditTamperAndDeletionTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;
  @Autowired AuditChainer chainer;

  @Test
  void aRecordChangedInTheDatabaseIsTheFirstBrokenLink() {
    String number = new OrderDesk(rest, tasks).enter("sally", "C-1004", "[{\"sku\": \"P-100\", \"quantity\": 1}]");
    chainer.catchUp();
    long seq = jdbc.sql("select min(seq) from audit_record where order_number = ? and kind = 'STATUS_CHANGED'")
        .param(number).query(Long.class).single();
    String original = jdbc.sql("select summary from audit_record where seq = ?").param(seq).query(String.class).single();
    try {
      jdbc.sql("update audit_record set summary = ? where seq = ?").params("Order RECEIVED: by fax", seq).update();

      Map<String, Object> broken = verify();
      assertThat(broken).containsEntry("intact", false);
      assertThat((Map<String, Object>) broken.get("firstBroken")).containsEntry("seq", (int) seq)
          .extractingByKey("problem").asString().contains("changed after it was written");
    } finally {
      jdbc.sql("update audit_record set summary = ? where seq = ?").params(original, seq).update();
    }
    assertThat(verify()).containsEntry("intact", true);
  }

  @Test
  void aRecordRemovedFromTheDatabaseIsTheFirstBrokenLink() {
    String number = new OrderDesk(rest, tasks).enter("sally", "C-1004", "[{\"sku\": \"P-100\", \"quantity\": 2}]");
    chainer.catchUp();
    long seq = jdbc.sql("select min(seq) from audit_record where order_number = ?").param(number)
        .query(Long.class).single();
    Map<String, Object> row = jdbc.sql("select * from audit_record where seq = ?").param(seq).query().singleRow();
    try {
      jdbc.sql("delete from audit_record where seq = ?").param(seq).update();

      Map<String, Object> broken = verify();
      assertThat(broken).containsEntry("intact", false);
      assertThat((Map<String, Object>) broken.get("firstBroken")).containsEntry("seq", (int) seq)
          .extractingByKey("problem").asString().contains("missing");
    } finally {
      jdbc.sql("insert into audit_record (seq, recorded_at, order_number, kind, actor, request_id, process_instance_id, "
              + "process_key, activity_id, summary, details, prev_hash, hash) values "
              + "(:SEQ, :RECORDED_AT, :ORDER_NUMBER, :KIND, :ACTOR, :REQUEST_ID, :PROCESS_INSTANCE_ID, :PROCESS_KEY, "
              + ":ACTIVITY_ID, :SUMMARY, :DETAILS, :PREV_HASH, :HASH)")
          .paramSource(row).update();
    }
    assertThat(verify()).containsEntry("intact", true);
  }

  @Test
  void deletingAnOrdersProcessAndItsHistoryIsRecordedAndTheOrderMarked() {
    OrderDesk desk = new OrderDesk(rest, tasks);
    String number = desk.enter("sally", "C-1002", "[{\"sku\": \"P-400\", \"quantity\": 2}]");
    desk.awaitTask(number, "Task_ReviewOrder");
    String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey("order-to-cash").singleResult().getId();

    assertThat(admin(HttpMethod.DELETE, "/process-instance/" + instance))
        .isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> order = Api.as(rest, "audrey").get("/api/orders/" + number).getBody();
    assertThat(order).containsEntry("status", "PROCESS_DELETED");
    List<Map<String, Object>> events = timeline(number);
    assertThat(first(events, "PROCESS_ENDED", "order-to-cash deleted from outside"))
        .containsEntry("actor", "admin");
    assertThat(first(events, "STATUS_CHANGED", "PROCESS_DELETED")).containsEntry("actor", "admin");

    assertThat(admin(HttpMethod.DELETE, "/history/process-instance/" + instance)).isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> deleted = first(timeline(number), "HISTORY_DELETED", instance);
    assertThat(deleted).containsEntry("actor", "admin").containsEntry("processKey", "order-to-cash");
    assertThat(verify()).containsEntry("intact", true);
  }

  private HttpStatus admin(HttpMethod method, String path) {
    return HttpStatus.valueOf(rest.exchange("/engine-rest/engine/" + engine.getName() + path, method,
        new HttpEntity<>(Api.basic("admin")), String.class).getStatusCode().value());
  }

  private Map<String, Object> verify() {
    return Api.as(rest, "audrey").get("/api/audit/verify").getBody();
  }

  private List<Map<String, Object>> timeline(String number) {
    return (List<Map<String, Object>>) Api.as(rest, "audrey").get("/api/audit/orders/" + number).getBody().get("events");
  }
}
