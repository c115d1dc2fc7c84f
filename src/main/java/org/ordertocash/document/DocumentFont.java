package org.ordertocash.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ordertocash.config.OrderToCashProperties;

/**
 * The font documents are set in (ordertocash.documents.font), embedded as a subset so that the PDF
 * shows the same glyphs on every reader.
 *
 * <p>Parsing the font (for the default, a 17 MB collection with 20,000 glyphs) cost more CPU than
 * anything else in a complete order (bench/results, issue 16). A parsed font is kept and used
 * again, but by one document at a time: its tables are read lazily from the file, so it is not
 * safe to share between threads. Documents borrow a parsed font from a small pool and give it
 * back when saved; more documents at once than the pool holds parse a font of their own.
 */
final class DocumentFont {

  /** As many fonts as documents are usually rendered at once (the job executor's threads). */
  static final int KEPT = 4;

  private final Path path;
  private final String name;
  private final BlockingQueue<Parsed> kept = new ArrayBlockingQueue<>(KEPT);

  DocumentFont(OrderToCashProperties.Documents settings) {
    this.path = Path.of(settings.font());
    this.name = settings.fontName();
  }

  /** The font for one document; close it after the document is saved. */
  Opened open(PDDocument document) {
    Parsed parsed = kept.poll();
    if (parsed == null) {
      parsed = parse();
    }
    Parsed borrowed = parsed;
    try {
      return new Opened(PDType0Font.load(document, borrowed.font(), true), () -> giveBack(borrowed));
    } catch (IOException e) {
      borrowed.close();
      throw new UncheckedIOException("Cannot read the document font " + path, e);
    }
  }

  /** How many parsed fonts wait for the next documents. */
  int kept() {
    return kept.size();
  }

  private void giveBack(Parsed parsed) throws IOException {
    if (!kept.offer(parsed)) {
      parsed.close();
    }
  }

  private Parsed parse() {
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
        return new Parsed(font, collection::close);
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
      return new Parsed(font, font::close);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the document font " + path, e);
    }
  }

  private record Parsed(TrueTypeFont font, Closer closer) {
    void close() {
      closer.closeUnchecked();
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
      closer.closeUnchecked();
    }
  }

  interface Closer {
    void close() throws IOException;

    default void closeUnchecked() {
      try {
        close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
