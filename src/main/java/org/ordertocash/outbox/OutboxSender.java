package org.ordertocash.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.ordertocash.config.OrderToCashProperties;
import org.springframework.core.io.ByteArrayResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers pending outbox messages through Spring Mail, with their attached document if any. Only active when SMTP is configured
 * ({@code spring.mail.host}); otherwise messages stay PENDING and are listed as such.
 *
 * <p>Each message is claimed in its own short transaction before it is sent and marked SENT
 * right after, so two senders never send the same message; a sender that dies between sending
 * and marking leaves a SENDING message that is retried after {@link #STALE_AFTER} (at least once).
 */
@Component
public class OutboxSender {

  static final Duration STALE_AFTER = Duration.ofMinutes(10);
  static final int MAX_ATTEMPTS = 5;
  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxRepository repository;
  private final Attachments attachments;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final TransactionTemplate transactions;
  private final OrderToCashProperties properties;
  private final Clock clock;

  public OutboxSender(OutboxRepository repository, Attachments attachments,
      ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transactions,
      OrderToCashProperties properties, Clock clock) {
    this.repository = repository;
    this.attachments = attachments;
    this.mailSender = mailSender;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${ordertocash.outbox.poll-interval:PT5S}", initialDelayString = "PT5S")
  public void sendPending() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      return;
    }
    Instant staleBefore = clock.instant().minus(STALE_AFTER);
    for (Long id : repository.findSendable(staleBefore, Limit.of(50))) {
      Boolean claimed = transactions.execute(tx -> repository.claim(id, clock.instant(), staleBefore) == 1);
      if (Boolean.TRUE.equals(claimed)) {
        send(sender, id);
      }
    }
  }

  private void send(JavaMailSender sender, Long id) {
    OutboxMessage message = repository.findById(id).orElseThrow();
    try {
      sender.send(mail(sender, message));
      transactions.executeWithoutResult(tx -> repository.markSent(id, clock.instant()));
    } catch (MailException | MessagingException e) {
      log.warn("Sending outbox message {} to {} failed (attempt {})", id, message.getRecipient(),
          message.getAttempts(), e);
      OutboxMessage.Status next = message.getAttempts() >= MAX_ATTEMPTS
          ? OutboxMessage.Status.FAILED
          : OutboxMessage.Status.PENDING;
      transactions.executeWithoutResult(tx -> repository.markFailed(id, next, abbreviate(e.getMessage())));
    }
  }

  private MimeMessage mail(JavaMailSender sender, OutboxMessage message) throws MessagingException {
    MimeMessage mail = sender.createMimeMessage();
    boolean attachment = message.getAttachmentDocumentId() != null;
    MimeMessageHelper helper = new MimeMessageHelper(mail, attachment, StandardCharsets.UTF_8.name());
    helper.setFrom(properties.mail().from());
    helper.setTo(message.getRecipient());
    helper.setSubject(message.getSubject());
    helper.setText(message.getBody());
    // The same id on every attempt (JavaMailSenderImpl keeps one set before sending): a mail sent
    // again after its sender died unmarked is recognisable to the receiving system as the same mail.
    mail.setHeader("Message-ID", messageId(message));
    if (attachment) {
      Attachments.AttachmentFile file = attachments.file(message.getAttachmentDocumentId()).orElseThrow(() ->
          new IllegalStateException("The attached document " + message.getAttachmentDocumentId() + " does not exist"));
      helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.mediaType());
    }
    return mail;
  }

  private String messageId(OutboxMessage message) {
    String from = properties.mail().from();
    return "<outbox." + message.getId() + "." + message.getCreatedAt().toEpochMilli() + "@"
        + from.substring(from.indexOf('@') + 1) + ">";
  }

  private static String abbreviate(String text) {
    return text == null ? null : text.substring(0, Math.min(text.length(), 2000));
  }
}
