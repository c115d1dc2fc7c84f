package org.ordertocash.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.EngineRest;
import org.ordertocash.support.OrderDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** An order's story and a search result leave as JSON (read back to the same timeline), CSV and PDF. */
@AppTest
class AuditExportTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;
  @Autowired AuditTimeline timelines;
  @Autowired ObjectMapper json;

  @Test
  void anOrdersStoryExportsToJsonCsvAndPdf() throws Exception {
    OrderDesk desk = new OrderDesk(rest, tasks);
    String number = desk.enter("sally", "C-1002", "[{\"sku\": \"P-400\", \"quantity\": 1}]");
    EngineRest.as(rest, "mike", engine.getName()).completeTask(number, "Task_ReviewOrder",
        Map.of("reviewDecision", "approve", "fulfilment", "PARTIAL_DELIVERY"));
    desk.awaitStatus(number, "CONFIRMED");

    // the order moves on into shipment meanwhile: equal once its jobs are done
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(json.readValue(
        export("/api/audit/orders/" + number, "application/json").getBody(), AuditTimeline.Timeline.class))
        .isEqualTo(timelines.of(number)));
    AuditTimeline.Timeline stored = timelines.of(number);

    ResponseEntity<String> csv = export("/api/audit/orders/" + number, "text/csv");
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("audit-" + number + ".csv");
    List<String> lines = csv.getBody().lines().toList();
    assertThat(lines).hasSize(stored.events().size() + 1);
    assertThat(lines.get(0)).startsWith("seq,at,order,kind,actor");
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("TASK_COMPLETED", "\"mike\"", "reviewDecision"));

    String pdf = pdfText("/api/audit/orders/" + number);
    // in the company's language (zh-CN by default), set in the embedded Chinese font
    assertThat(pdf).contains("审计报告 " + number, "审计链", "完整：全部", "completed by mike", "reviewDecision = approve",
        "Order review routing", "操作人");
  }

  @Test
  void aSearchResultExportsToCsvAndPdf() throws Exception {
    OrderDesk desk = new OrderDesk(rest, tasks);
    String number = desk.enter("sally", "C-1003", "[{\"sku\": \"P-100\", \"quantity\": 1}]");
    desk.awaitStatus(number, "IN_REVIEW"); // its checks have named the customer

    String csv = export("/api/audit/orders?number=" + number, "text/csv").getBody();
    assertThat(csv.lines().toList()).hasSize(2).last().asString().startsWith("\"" + number + "\",\"C-1003\"");
    assertThat(pdfText("/api/audit/orders?number=" + number)).contains("审计查询", "查询条件", "number=" + number, number);
  }

  private ResponseEntity<String> export(String path, String accept) {
    HttpHeaders headers = Api.basic("audrey");
    headers.set(HttpHeaders.ACCEPT, accept);
    ResponseEntity<String> answer = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(answer.getStatusCode().value()).as(path + " " + accept).isEqualTo(200);
    return answer;
  }

  private String pdfText(String path) throws Exception {
    HttpHeaders headers = Api.basic("audrey");
    headers.set(HttpHeaders.ACCEPT, "application/pdf");
    byte[] pdf = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class).getBody();
    // kept for people to look at (target/audit-*.pdf)
    java.nio.file.Files.write(java.nio.file.Path.of("target", path.contains("?") ? "audit-search.pdf" : "audit-order.pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " "); // table cells wrap
    }
  }
}
