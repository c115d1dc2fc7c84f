package org.ordertocash.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ordertocash.config.Language;
import org.ordertocash.config.OrderToCashProperties;

/** The document font is parsed once and then lent to one document at a time (issue 16). */
class DocumentFontTest {

  static final OrderToCashProperties DEFAULTS = OrderToCashProperties.defaults();

  final DocumentFont font = new DocumentFont(DEFAULTS.documents());

  @Test
  void aParsedFontIsKeptForTheNextDocument() throws IOException {
    assertThat(text(render("发票 INV-1"))).contains("发票 INV-1");
    assertThat(font.kept()).isEqualTo(1);

    assertThat(text(render("送货单 DN-2"))).contains("送货单 DN-2").doesNotContain("INV-1");
    assertThat(font.kept()).as("the same font again, not a second one").isEqualTo(1);
  }

  @Test
  void documentsRenderedAtOnceEachGetAFontOfTheirOwn() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> pdfs = IntStream.range(0, 24)
          .mapToObj(i -> threads.submit(() -> render("对账单 ST-" + i + " 华信贸易有限公司"))).toList();
      for (int i = 0; i < pdfs.size(); i++) {
        assertThat(text(pdfs.get(i).get())).contains("对账单 ST-" + i + " 华信贸易有限公司").doesNotContain("?");
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(font.kept()).isBetween(1, DocumentFont.KEPT);
  }

  private byte[] render(String title) {
    return new PdfBuilder(font, DEFAULTS.letterhead(), DEFAULTS.companyName(Language.ZH_CN), null,
        DEFAULTS.labels(Language.ZH_CN), title, Instant.parse("2026-12-05T09:00:00Z"))
        .title(title).paragraph("价格以人民币计。").build();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
