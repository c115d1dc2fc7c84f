package org.ordertocash.document;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;

/** Small real PDFs for tests that store or send one, laid out as the application does with its defaults. */
public final class TestPdfs {

  public static final OrderToCashProperties DEFAULTS = OrderToCashProperties.defaults();

  private TestPdfs() {}

  public static DocumentLayout layout(OrderToCashProperties properties, Instant at) {
    return new DocumentLayout(properties, Clock.fixed(at, ZoneOffset.UTC));
  }

  public static PdfBuilder begin(String title, Labels labels, Instant at) {
    return layout(DEFAULTS, at).begin(title, labels);
  }

  /** A one-page PDF headed {@code title}. */
  public static byte[] titled(String title) {
    return begin(title, DEFAULTS.labels(), Instant.now()).title(title).build();
  }
}
