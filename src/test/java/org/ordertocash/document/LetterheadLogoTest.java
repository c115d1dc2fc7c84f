package org.ordertocash.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** The logo compressed once shows in every PDF exactly as PDFBox's own conversion of the file does. */
class LetterheadLogoTest {

  @Test
  void everyDocumentGetsTheSamePixelsAndTransparencyAsTheFile() throws IOException {
    byte[] file;
    try (InputStream in = getClass().getResourceAsStream("/letterhead/logo.png")) {
      file = in.readAllBytes();
    }
    LetterheadLogo logo = LetterheadLogo.of(file);

    BufferedImage expected;
    try (PDDocument reference = new PDDocument()) {
      expected = PDImageXObject.createFromByteArray(reference, file, "logo").getImage();
    }
    for (int document = 0; document < 2; document++) {
      try (PDDocument written = Loader.loadPDF(withLogo(logo))) {
        PDImageXObject image = (PDImageXObject) written.getPage(0).getResources()
            .getXObject(written.getPage(0).getResources().getXObjectNames().iterator().next());
        assertThat(image.getCOSObject().getDictionaryObject(COSName.SMASK)).as("transparency").isNotNull();
        assertSamePixels(image.getImage(), expected);
      }
    }
  }

  @Test
  void noLogoIsNone() {
    assertThat(LetterheadLogo.of(null)).isNull();
  }

  private static byte[] withLogo(LetterheadLogo logo) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(logo.in(document), 10, 10, 44, 44);
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        assertThat(actual.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y));
      }
    }
  }
}
