package org.ordertocash.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.WebappSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@AppTest
class DocumentApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired DocumentService documents;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void staffAndAuditorsDownloadADocumentWithItsRecordedHash() {
    DocumentView document = store("SO-TEST-" + UUID.randomUUID().toString().substring(0, 8));

    for (String user : List.of("sally", "audrey", "larry")) {
      ResponseEntity<byte[]> download = rest.withBasicAuth(user, "demo")
          .getForEntity("/api/documents/" + document.id(), byte[].class);
      assertThat(download.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo(document.fileName());
      assertThat(download.getHeaders().getFirst(DocumentController.SHA256_HEADER))
          .isEqualTo(DocumentService.sha256(download.getBody()))
          .isEqualTo(document.sha256());
    }
  }

  @Test
  void aDocumentLinkedFromATaskFormOpensWithTheTasklistSession() {
    DocumentView document = store("SO-TEST-" + UUID.randomUUID().toString().substring(0, 8));
    WebappSession sally = WebappSession.logIn(port, engine.getName(), "sally", "demo");

    HttpResponse<byte[]> opened = sally.getBytes("/api/documents/" + document.id());

    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.headers().firstValue("Content-Type")).hasValue(MediaType.APPLICATION_PDF_VALUE);
    assertThat(DocumentService.sha256(opened.body())).isEqualTo(document.sha256());
    assertThat(rest.getForEntity("/api/documents/" + document.id(), byte[].class).getStatusCode())
        .as("without a session or credentials").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(sally.postJson("/api/orders", "{}").statusCode())
        .as("the session reads only: writes still need credentials").isEqualTo(401);
    WebappSession walter = WebappSession.logIn(port, engine.getName(), "walter", "demo");
    assertThat(walter.getBytes("/api/audit/orders/" + document.orderNumber()).statusCode())
        .as("the session's user keeps only his own rights").isEqualTo(403);
  }

  @Test
  void documentsAreListedPerOrder() {
    String order = "SO-TEST-" + UUID.randomUUID().toString().substring(0, 8);
    DocumentView document = store(order);

    List<Map<String, Object>> listed = rest.withBasicAuth("audrey", "demo")
        .getForObject("/api/documents?orderNumber=" + order, List.class);

    assertThat(listed).singleElement().satisfies(view -> assertThat(view)
        .containsEntry("kind", "QUOTATION")
        .containsEntry("sha256", document.sha256())
        .containsEntry("href", "/api/documents/" + document.id()));
  }

  @Test
  void storingTheSameDocumentAgainKeepsTheFirst() {
    String order = "SO-TEST-" + UUID.randomUUID().toString().substring(0, 8);
    DocumentView first = store(order);
    DocumentView second = documents.storeOnce(DocumentKind.QUOTATION, "QT-" + order, 1, order, "other.pdf",
        DocumentService.PDF, "other".getBytes(), "mike");

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.sha256()).isEqualTo(first.sha256());
  }

  @Test
  void unknownDocumentsAre404AndOutsidersGet403() {
    assertThat(Api.as(rest, "sally").get("/api/documents/999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    DocumentView document = store("SO-TEST-" + UUID.randomUUID().toString().substring(0, 8));
    assertThat(Api.as(rest, "paula").get("/api/documents/" + document.id()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.anonymous(rest).get("/api/documents/" + document.id()).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private DocumentView store(String order) {
    byte[] pdf = TestPdfs.titled("Test " + order);
    return documents.storeOnce(DocumentKind.QUOTATION, "QT-" + order, 1, order, "QT-" + order + "-v1.pdf",
        DocumentService.PDF, pdf, "sally");
  }
}
