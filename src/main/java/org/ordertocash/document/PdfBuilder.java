package org.ordertocash.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out simple business documents (headings, paragraphs, label/value blocks, tables) on A4
 * pages with PDFBox, wrapping text and breaking pages as needed.
 *
 * <p>Uses the standard Helvetica fonts, which cover Latin-1 (WinAnsi) only: other characters
 * (e.g. Chinese) are printed as "?". Embedding a CJK font is the step to take when customer
 * names need it.
 */
public final class PdfBuilder {

  private static final float MARGIN = 50;
  private static final float BODY = 10;
  private static final float LEADING = 1.35f;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final Map<Character, Boolean> printable = new HashMap<>();
  private final PDDocument document = new PDDocument();
  private PDPageContentStream content;
  private float y;

  /** A new document; title, author (the company) and date go into the PDF's properties. */
  public PdfBuilder(String title, String author, Instant created) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setCreator(author);
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    date.setTimeInMillis(created.toEpochMilli());
    info.setCreationDate(date);
    newPage();
  }

  public PdfBuilder title(String text) {
    return block(text, bold, 16, 8);
  }

  public PdfBuilder heading(String text) {
    space(6);
    return block(text, bold, 12, 4);
  }

  public PdfBuilder paragraph(String text) {
    for (String line : text.split("\n", -1)) {
      block(line, regular, BODY, 0);
    }
    return space(4);
  }

  /** Label/value lines, labels in bold in a column of their own. */
  public PdfBuilder fields(List<String[]> labelsAndValues) {
    float labelWidth = WIDTH * 0.3f;
    for (String[] field : labelsAndValues) {
      List<String> value = wrap(field[1], regular, BODY, WIDTH - labelWidth);
      ensureRoom(value.size() * BODY * LEADING);
      text(field[0], bold, BODY, MARGIN, y - BODY);
      for (String line : value) {
        text(line, regular, BODY, MARGIN + labelWidth, y - BODY);
        y -= BODY * LEADING;
      }
    }
    return space(6);
  }

  /**
   * A table; {@code widths} are fractions of the text width, columns listed in
   * {@code rightAligned} are aligned right (amounts, quantities).
   */
  public PdfBuilder table(List<String> headers, List<List<String>> rows, float[] widths, Set<Integer> rightAligned) {
    row(headers, widths, rightAligned, bold);
    line(y + 2);
    for (List<String> row : rows) {
      row(row, widths, rightAligned, regular);
    }
    line(y + 2);
    return space(8);
  }

  public PdfBuilder space(float points) {
    y -= points;
    return this;
  }

  public byte[] build() {
    try {
      content.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      document.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write PDF", e);
    }
  }

  private PdfBuilder block(String text, PDType1Font font, float size, float after) {
    for (String line : wrap(text, font, size, WIDTH)) {
      ensureRoom(size * LEADING);
      text(line, font, size, MARGIN, y - size);
      y -= size * LEADING;
    }
    return space(after);
  }

  private void row(List<String> cells, float[] widths, Set<Integer> rightAligned, PDType1Font font) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < cells.size(); i++) {
      List<String> lines = wrap(cells.get(i), font, BODY, widths[i] * WIDTH - 6);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    ensureRoom(height * BODY * LEADING + 2);
    float x = MARGIN;
    for (int i = 0; i < cells.size(); i++) {
      float columnWidth = widths[i] * WIDTH;
      float lineY = y - BODY;
      for (String line : wrapped.get(i)) {
        float left = rightAligned.contains(i) ? x + columnWidth - 6 - width(line, font, BODY) : x;
        text(line, font, BODY, left, lineY);
        lineY -= BODY * LEADING;
      }
      x += columnWidth;
    }
    y -= height * BODY * LEADING + 2;
  }

  private List<String> wrap(String text, PDType1Font font, float size, float maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : printableText(text == null ? "" : text).split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (width(candidate, font, size) <= maxWidth || current.isEmpty()) {
        current.setLength(0);
        current.append(candidate);
      } else {
        lines.add(current.toString());
        current.setLength(0);
        current.append(word);
      }
    }
    lines.add(current.toString());
    return lines;
  }

  private String printableText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(Character.isWhitespace(c) ? ' ' : printable.computeIfAbsent(c, this::encodable) ? c : '?');
    }
    return out.toString();
  }

  private boolean encodable(char c) {
    try {
      regular.encode(String.valueOf(c));
      return !Character.isISOControl(c);
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private float width(String text, PDType1Font font, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void text(String text, PDType1Font font, float size, float x, float baseline) {
    try {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void line(float atY) {
    try {
      content.moveTo(MARGIN, atY);
      content.lineTo(MARGIN + WIDTH, atY);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ensureRoom(float height) {
    if (y - height < MARGIN) {
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
}
