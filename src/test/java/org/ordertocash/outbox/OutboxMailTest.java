package org.ordertocash.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.document.DocumentView;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentService;
import org.ordertocash.document.TestPdfs;
import org.ordertocash.order.OrderReviewService;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.shipment.StockFixtures;
import org.ordertocash.support.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox end to end against a real SMTP server (GreenMail): a message is written with the
 * process step, sent once (with its attached document, if any), never sent for a rolled-back step,
 * and kept for retry when SMTP fails.
 */
@AppTest
class OutboxMailTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired TestRestTemplate rest;
  @Autowired OutboxRepository repository;
  @Autowired OutboxService outbox;
  @Autowired OrderReviewService review;
  @Autowired TransactionTemplate transactions;
  @Autowired OrderToCashProperties properties;
  @Autowired Clock clock;
  @Autowired DocumentService documents;
  @Autowired Attachments attachments;
  @Autowired JdbcClient jdbc;

  /** A customer and a product of each test's own: other classes' orders use up neither credit nor stock. */
  private String customer;
  private String product;

  @BeforeEach
  void ownCustomerAndProduct() {
    customer = TestCustomers.established(jdbc);
    product = new StockFixtures(jdbc).product(java.util.Map.of("WH-SH", 100));
  }

  @Test
  void confirmationIsMailedOnceToTheCustomer() throws Exception {
    String number = autoApprovedOrder();
    OutboxSender sender = senderTo(smtp.getSmtp().getPort());

    sender.sendPending();
    sender.sendPending();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).filteredOn(mail -> subject(mail).contains(number)).singleElement().satisfies(mail -> {
      assertThat(mail.getAllRecipients()[0]).hasToString(TestCustomers.email(customer));
      assertThat(subject(mail)).isEqualTo("Order " + number + " confirmed");
    });
    assertThat(outbox.messagesFor(number)).singleElement()
        .satisfies(message -> assertThat(message.status()).isEqualTo(OutboxMessage.Status.SENT));
  }

  @Test
  void aMailSentAgainAfterItsSenderDiedUnmarkedKeepsItsMessageId() {
    String number = autoApprovedOrder();
    OutboxSender sender = senderTo(smtp.getSmtp().getPort());
    sendUntilSent(sender, number);
    // the node that sent it was killed before it could mark it sent
    jdbc.sql("update outbox_message set status = 'SENDING', claimed_at = ? where order_number = ?")
        .params(java.sql.Timestamp.from(clock.instant().minus(OutboxSender.STALE_AFTER).minusSeconds(60)), number)
        .update();

    sendUntilSent(sender, number);

    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(mail -> subject(mail).contains(number)))
        .extracting(OutboxMailTest::messageId)
        .hasSize(2)
        .allMatch(id -> id.matches("<outbox\\.\\d+\\.\\d+@order-to-cash\\.example>"), "an outbox Message-ID")
        .containsOnly(messageId(Arrays.stream(smtp.getReceivedMessages())
            .filter(mail -> subject(mail).contains(number)).findFirst().orElseThrow()));
  }

  @Test
  void aRolledBackStepLeavesNoMessageAndARetriedStepWritesOne() {
    String number = autoApprovedOrder();
    String dedupKey = "TEST:" + number;

    transactions.executeWithoutResult(tx -> {
      outbox.enqueue(number, "TEST", dedupKey, "x@example.com", "rolled back", "body");
      tx.setRollbackOnly();
    });
    assertThat(repository.existsByDedupKey(dedupKey)).isFalse();

    transactions.executeWithoutResult(tx -> outbox.enqueue(number, "TEST", dedupKey, "x@example.com", "retry", "body"));
    transactions.executeWithoutResult(tx -> outbox.enqueue(number, "TEST", dedupKey, "x@example.com", "retry", "body"));
    assertThat(outbox.messagesFor(number)).filteredOn(m -> m.type().equals("TEST")).hasSize(1);
  }

  @Test
  void anAttachedDocumentTravelsWithTheMail() throws Exception {
    String number = autoApprovedOrder();
    byte[] pdf = TestPdfs.titled("Quotation for " + number);
    transactions.executeWithoutResult(tx -> {
      DocumentView document = documents.storeOnce(DocumentKind.QUOTATION, "QT-TEST-" + number, 1, number,
          "QT-TEST-" + number + "-v1.pdf", DocumentService.PDF, pdf, "sally");
      outbox.enqueue(number, "TEST_ATTACHMENT", "TEST_ATTACHMENT:" + number, TestCustomers.email(customer),
          "Quotation " + number, "Please find the quotation attached.", document.id());
    });

    // One poll sends at most 50 messages, oldest first; other tests' messages may be ahead of this one.
    OutboxSender sender = senderTo(smtp.getSmtp().getPort());
    MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> {
      sender.sendPending();
      return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).equals("Quotation " + number)).findFirst();
    }, Optional::isPresent).orElseThrow();
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    BodyPart attachment = parts.getBodyPart(1);
    assertThat(attachment.getFileName()).isEqualTo("QT-TEST-" + number + "-v1.pdf");
    assertThat(attachment.getContentType()).startsWith("application/pdf");
    assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
    assertThat(outbox.messagesFor(number)).filteredOn(m -> m.type().equals("TEST_ATTACHMENT")).singleElement()
        .satisfies(message -> {
          assertThat(message.status()).isEqualTo(OutboxMessage.Status.SENT);
          assertThat(message.attachment().fileName()).isEqualTo("QT-TEST-" + number + "-v1.pdf");
          assertThat(message.attachment().sha256()).isEqualTo(DocumentService.sha256(pdf));
        });
  }

  @Test
  void failedDeliveryStaysPendingForTheNextAttempt() {
    String number = autoApprovedOrder();
    OutboxSender broken = senderTo(1);

    broken.sendPending();

    assertThat(outbox.messagesFor(number)).singleElement().satisfies(message -> {
      assertThat(message.status()).isEqualTo(OutboxMessage.Status.PENDING);
      assertThat(message.attempts()).isEqualTo(1);
      assertThat(message.lastError()).isNotBlank();
    });
  }

  private String autoApprovedOrder() {
    String body = """
        {"customerCode": "%s", "channel": "WEB", "lines": [{"sku": "%s", "quantity": 1}],
         "requestedDeliveryDate": "%s"}
        """.formatted(customer, product, LocalDate.now().plusDays(10));
    org.springframework.http.ResponseEntity<java.util.Map> answer = Api.as(rest, "sally").post("/api/orders", body);
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
    String number = (String) answer.getBody().get("number");
    await("the confirmation of " + number + " (" + Api.as(rest, "audrey").get("/api/orders/" + number).getBody() + ")")
        .atMost(Duration.ofSeconds(30)).until(() -> !outbox.messagesFor(number).isEmpty());
    return number;
  }

  private OutboxSender senderTo(int port) {
    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("127.0.0.1");
    mail.setPort(port);
    mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", mail));
    return new OutboxSender(repository, attachments, beans.getBeanProvider(JavaMailSender.class),
        transactions, properties, clock);
  }

  /** One poll sends at most 50 messages, oldest first; other tests' messages may be ahead of this order's. */
  private void sendUntilSent(OutboxSender sender, String number) {
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      sender.sendPending();
      return outbox.messagesFor(number).stream().allMatch(m -> m.status() == OutboxMessage.Status.SENT);
    });
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
