package org.ordertocash.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfBuilderTest {

  static final Instant CREATED = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void writesHeadingsFieldsAndTablesAsText() throws IOException {
    byte[] pdf = new PdfBuilder("Quotation QT-1", "Order-to-Cash Trading Co.", CREATED)
        .title("Quotation QT-1, version 2")
        .fields(List.of(new String[] {"Customer", "Huaxin Trading Co. (C-1001)"}, new String[] {"Valid until", "2026-12-23"}))
        .table(List.of("#", "Product", "Amount"), List.of(List.of("1", "P-100 Office chair", "1,990.00 CNY")),
            new float[] {0.1f, 0.6f, 0.3f}, Set.of(2))
        .paragraph("Prices in CNY.\nPayment NET_30.")
        .build();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Quotation QT-1");
      assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Order-to-Cash Trading Co.");
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Quotation QT-1, version 2", "Customer", "Huaxin Trading Co. (C-1001)",
          "P-100 Office chair", "1,990.00 CNY", "Prices in CNY.", "Payment NET_30.");
    }
  }

  @Test
  void longTablesContinueOnNewPagesAndLongCellsWrap() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      rows.add(List.of(String.valueOf(i), "A product with a rather long name that needs more than one line " + i, "1.00"));
    }
    byte[] pdf = new PdfBuilder("Long", "Co.", CREATED)
        .table(List.of("#", "Product", "Amount"), rows, new float[] {0.1f, 0.6f, 0.3f}, Set.of(2)).build();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("A product with a rather long name that needs more than one line\n120");
    }
  }

  @Test
  void charactersOutsideLatin1BecomeQuestionMarksInsteadOfFailing() throws IOException {
    byte[] pdf = new PdfBuilder("CJK", "Co.", CREATED).paragraph("Customer 华信 Trading — ready").build();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Customer ?? Trading — ready");
    }
  }
}
