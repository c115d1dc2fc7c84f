package org.ordertocash.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties.Letterhead;

/**
 * Lays out business documents on A4 pages with PDFBox: the letterhead on the first page, headings,
 * paragraphs, label/value blocks, tables with totals, signature and seal areas, and on every page
 * a footer with the page number ("第 1 页，共 2 页"). Text is set in the embedded document font
 * (Chinese included) and wrapped where the language allows a line break; text the font cannot show
 * fails with {@link UnrenderableTextException}. Made by {@link DocumentLayout}.
 */
public final class PdfBuilder {

  private static final float MARGIN = 50;
  private static final float FOOTER = 40;
  private static final float BODY = 10;
  private static final float LEADING = 1.4f;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

  private final PDDocument document = new PDDocument();
  private final DocumentFont.Opened opened;
  private final PDType0Font font;
  private final String fontName;
  private final Labels labels;
  private final String title;
  private final String company;
  private final Set<Integer> checked = new java.util.HashSet<>();
  private PDPageContentStream content;
  private float y;

  PdfBuilder(DocumentFont documentFont, Letterhead letterhead, String company, LetterheadLogo logo, Labels labels,
      String title, Instant created) {
    this.opened = documentFont.open(document);
    this.font = opened.font();
    this.fontName = font.getName();
    this.labels = labels;
    this.title = title;
    this.company = company;
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(company);
    info.setCreator(company);
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    date.setTimeInMillis(created.toEpochMilli());
    info.setCreationDate(date);
    newPage();
    letterhead(letterhead, logo);
  }

  public PdfBuilder title(String text) {
    return block(text, true, 16, 8);
  }

  public PdfBuilder heading(String text) {
    space(6);
    return block(text, true, 12, 4);
  }

  public PdfBuilder paragraph(String text) {
    for (String line : text.split("\n", -1)) {
      block(line, false, BODY, 0);
    }
    return space(4);
  }

  /** Label/value lines, labels in bold in a column of their own. */
  public PdfBuilder fields(List<String[]> labelsAndValues) {
    float labelWidth = WIDTH * 0.28f;
    for (String[] field : labelsAndValues) {
      List<String> label = wrap(field[0], BODY, labelWidth - 8);
      List<String> value = wrap(field[1], BODY, WIDTH - labelWidth);
      int height = Math.max(label.size(), value.size());
      ensureRoom(height * BODY * LEADING);
      for (int i = 0; i < height; i++) {
        if (i < label.size()) {
          text(label.get(i), true, BODY, MARGIN, y - BODY);
        }
        if (i < value.size()) {
          text(value.get(i), false, BODY, MARGIN + labelWidth, y - BODY);
        }
        y -= BODY * LEADING;
      }
    }
    return space(6);
  }

  /**
   * A table; {@code widths} are fractions of the text width, columns listed in
   * {@code rightAligned} are aligned right (amounts, quantities). The header row is repeated on
   * every page the table continues on.
   */
  public PdfBuilder table(List<String> headers, List<List<String>> rows, float[] widths, Set<Integer> rightAligned) {
    row(headers, widths, rightAligned, true);
    line(y + 2);
    for (List<String> row : rows) {
      if (y - rowHeight(row, widths) < MARGIN + FOOTER) {
        newPage();
        row(headers, widths, rightAligned, true);
        line(y + 2);
      }
      row(row, widths, rightAligned, false);
    }
    line(y + 2);
    return space(8);
  }

  /** Totals under a table: labels and amounts aligned right, the last line in bold. */
  public PdfBuilder totals(List<String[]> labelsAndAmounts) {
    ensureRoom(labelsAndAmounts.size() * BODY * LEADING);
    for (int i = 0; i < labelsAndAmounts.size(); i++) {
      boolean last = i == labelsAndAmounts.size() - 1;
      String[] total = labelsAndAmounts.get(i);
      float right = MARGIN + WIDTH - 6;
      text(total[0], last, BODY, right - 130 - width(total[0], BODY), y - BODY);
      text(total[1], last, BODY, right - width(total[1], BODY), y - BODY);
      y -= BODY * LEADING;
    }
    return space(8);
  }

  /**
   * Boxes side by side where each party signs (and, on contracts, seals): a heading, then lines to
   * fill in by hand such as "签字：______".
   */
  public PdfBuilder signatures(List<SignatureBox> boxes) {
    float gap = 16;
    float boxWidth = (WIDTH - gap * (boxes.size() - 1)) / boxes.size();
    float height = 120;
    space(6);
    ensureRoom(height);
    float x = MARGIN;
    for (SignatureBox box : boxes) {
      rectangle(x, y - height, boxWidth, height);
      text(box.heading(), true, BODY, x + 8, y - 8 - BODY);
      float lineY = y - 8 - BODY - 28;
      for (String line : box.lines()) {
        text(line, false, BODY, x + 8, lineY);
        lineY -= 26;
      }
      x += boxWidth + gap;
    }
    y -= height;
    return space(10);
  }

  public PdfBuilder space(float points) {
    y -= points;
    return this;
  }

  public byte[] build() {
    try {
      content.close();
      footers();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write PDF", e);
    } finally {
      close();
    }
  }

  private void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      opened.close();
    }
  }

  private void letterhead(Letterhead letterhead, LetterheadLogo logo) {
    float top = y;
    float textLeft = MARGIN;
    if (logo != null) {
      try {
        PDImageXObject image = logo.in(document);
        float height = 44;
        float width = image.getWidth() * height / image.getHeight();
        content.drawImage(image, MARGIN, top - height, width, height);
        textLeft = MARGIN + width + 12;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the letterhead's logo", e);
      }
    }
    text(company, true, 14, textLeft, top - 14);
    float lineY = top - 14 - 15;
    String address = letterhead.address().in(labels.language());
    if (address != null) {
      text(address, false, 8, textLeft, lineY);
      lineY -= 11;
    }
    List<String> details = new ArrayList<>();
    if (letterhead.taxId() != null) {
      details.add(labels.text("letterhead.taxId", letterhead.taxId()));
    }
    if (letterhead.bankAccount() != null) {
      details.add(labels.text("letterhead.bank", letterhead.bank().in(labels.language()), letterhead.bankAccount()));
    }
    if (!details.isEmpty()) {
      text(String.join("   ", details), false, 8, textLeft, lineY);
      lineY -= 11;
    }
    y = Math.min(lineY, top - 44) - 4;
    line(y);
    space(14);
  }

  private void footers() throws IOException {
    int pages = document.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        content = footer;
        line(MARGIN + FOOTER - 14);
        text(company + " · " + title, false, 8, MARGIN, MARGIN + FOOTER - 26);
        String page = labels.text("page.of", i + 1, pages);
        text(page, false, 8, MARGIN + WIDTH - width(page, 8), MARGIN + FOOTER - 26);
      }
    }
  }

  private PdfBuilder block(String text, boolean bold, float size, float after) {
    for (String line : wrap(text, size, WIDTH)) {
      ensureRoom(size * LEADING);
      text(line, bold, size, MARGIN, y - size);
      y -= size * LEADING;
    }
    return space(after);
  }

  private float rowHeight(List<String> cells, float[] widths) {
    int height = 1;
    for (int i = 0; i < cells.size(); i++) {
      height = Math.max(height, wrap(cells.get(i), BODY, widths[i] * WIDTH - 6).size());
    }
    return height * BODY * LEADING + 2;
  }

  private void row(List<String> cells, float[] widths, Set<Integer> rightAligned, boolean bold) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < cells.size(); i++) {
      List<String> lines = wrap(cells.get(i), BODY, widths[i] * WIDTH - 6);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    ensureRoom(height * BODY * LEADING + 2);
    float x = MARGIN;
    for (int i = 0; i < cells.size(); i++) {
      float columnWidth = widths[i] * WIDTH;
      float lineY = y - BODY;
      for (String line : wrapped.get(i)) {
        float left = rightAligned.contains(i) ? x + columnWidth - 6 - width(line, BODY) : x;
        text(line, bold, BODY, left, lineY);
        lineY -= BODY * LEADING;
      }
      x += columnWidth;
    }
    y -= height * BODY * LEADING + 2;
  }

  /** Lines no wider than {@code maxWidth}, broken where the language allows (between Chinese characters, at spaces). */
  private List<String> wrap(String text, float size, float maxWidth) {
    String printable = printable(text == null ? "" : text);
    List<String> lines = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getLineInstance(labels.language().locale());
    breaks.setText(printable);
    int lineStart = 0;
    int fits = 0;
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      if (width(printable.substring(lineStart, end).stripTrailing(), size) <= maxWidth) {
        fits = end;
        continue;
      }
      if (fits > lineStart) {
        lines.add(printable.substring(lineStart, fits).stripTrailing());
        lineStart = fits;
      }
      while (width(printable.substring(lineStart, end).stripTrailing(), size) > maxWidth) {
        int cut = longestFit(printable, lineStart, end, size, maxWidth);
        lines.add(printable.substring(lineStart, cut));
        lineStart = cut;
      }
      fits = end;
    }
    lines.add(printable.substring(lineStart).stripTrailing());
    return lines;
  }

  /** Where to cut a word too long for a line: after as many characters as fit (at least one). */
  private int longestFit(String text, int start, int end, float size, float maxWidth) {
    int cut = text.offsetByCodePoints(start, 1);
    while (cut < end) {
      int next = text.offsetByCodePoints(cut, 1);
      if (width(text.substring(start, next), size) > maxWidth) {
        break;
      }
      cut = next;
    }
    return cut;
  }

  /** Whitespace as plain spaces; a character the font lacks stops the document. */
  private String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        out.append(' ');
        return;
      }
      if (!checked.contains(c) && !hasGlyph(c)) {
        throw new UnrenderableTextException(text, c, fontName);
      }
      out.appendCodePoint(c);
    });
    return out.toString();
  }

  private boolean hasGlyph(int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      checked.add(codePoint);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private float width(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void text(String text, boolean bold, float size, float x, float baseline) {
    try {
      content.beginText();
      content.setFont(font, size);
      if (bold) {
        // The CJK font has no bold face: outline the glyphs as well as filling them.
        content.setRenderingMode(RenderingMode.FILL_STROKE);
        content.setLineWidth(size / 30);
      }
      content.newLineAtOffset(x, baseline);
      content.showText(printable(text));
      content.endText();
      if (bold) {
        content.setRenderingMode(RenderingMode.FILL);
        content.setLineWidth(1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void line(float atY) {
    try {
      content.setLineWidth(0.6f);
      content.moveTo(MARGIN, atY);
      content.lineTo(MARGIN + WIDTH, atY);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void rectangle(float x, float bottom, float w, float h) {
    try {
      content.setLineWidth(0.6f);
      content.addRect(x, bottom, w, h);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ensureRoom(float height) {
    if (y - height < MARGIN + FOOTER) {
      newPage();
    }
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PAGE.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a party signs: a heading ("买方（盖章）") and lines to fill in. */
  public record SignatureBox(String heading, List<String> lines) {}
}
