package org.ordertocash.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Starts every PDF the application sends: the company's letterhead and the document font from
 * configuration ({@code ordertocash.letterhead}, {@code ordertocash.documents}), in the language
 * of the {@link Labels} given (the customer's).
 */
@Component
public class DocumentLayout {

  private static final Logger log = LoggerFactory.getLogger(DocumentLayout.class);

  private final OrderToCashProperties properties;
  private final DocumentFont font;
  private final LetterheadLogo logo;
  private final Clock clock;

  public DocumentLayout(OrderToCashProperties properties, Clock clock) {
    this.properties = properties;
    this.font = new DocumentFont(properties.documents());
    this.logo = LetterheadLogo.of(logo(properties.letterhead().logo()));
    this.clock = clock;
    if (!font.present()) {
      log.warn("The document font {} is missing: every PDF will fail until Debian's fonts-wqy-zenhei is installed"
          + " or ordertocash.documents.font names a TrueType font with Chinese glyphs", properties.documents().font());
    }
  }

  /** A new document titled {@code title} (the PDF's properties and every page's footer). */
  public PdfBuilder begin(String title, Labels labels) {
    return new PdfBuilder(font, properties.letterhead(), properties.companyName(labels.language()), logo, labels, title,
        clock.instant());
  }

  private static byte[] logo(String location) {
    if (location == null || location.isBlank()) {
      return null;
    }
    Resource resource = new DefaultResourceLoader().getResource(location.contains(":") ? location : "file:" + location);
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the letterhead's logo " + location
          + " (ordertocash.letterhead.logo)", e);
    }
  }
}
