package org.ordertocash.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ordertocash.config.OrderToCashProperties;

/**
 * The font documents are set in (ordertocash.documents.font): opened afresh for every document
 * because a parsed font is not safe to share between threads (the tables are read lazily from the
 * file, so this is cheap), and embedded as a subset so that the PDF shows the same glyphs on every
 * reader.
 */
final class DocumentFont {

  private final Path path;
  private final String name;

  DocumentFont(OrderToCashProperties.Documents settings) {
    this.path = Path.of(settings.font());
    this.name = settings.fontName();
  }

  /** The font for one document; close it after the document is saved. */
  Opened open(PDDocument document) {
    try {
      requireFont();
      if (path.getFileName().toString().toLowerCase().endsWith(".ttc")) {
        TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
        TrueTypeFont font = collection.getFontByName(name);
        if (font == null) {
          collection.close();
          throw new IllegalStateException("The font collection " + path + " holds no font named " + name
              + " (ordertocash.documents.font-name)");
        }
        return new Opened(PDType0Font.load(document, font, true), collection::close);
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
      return new Opened(PDType0Font.load(document, font, true), font::close);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the document font " + path, e);
    }
  }

  boolean present() {
    return Files.isReadable(path);
  }

  private void requireFont() {
    if (!present()) {
      throw new IllegalStateException("The document font " + path + " is missing: install Debian's"
          + " fonts-wqy-zenhei or set ordertocash.documents.font to a TrueType font with Chinese glyphs");
    }
  }

  record Opened(PDType0Font font, Closer closer) {
    void close() {
      try {
        closer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  interface Closer {
    void close() throws IOException;
  }
}
