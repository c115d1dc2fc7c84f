package org.ordertocash.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The letterhead's logo, decoded and compressed into PDF image streams once at start-up; each PDF
 * gets a copy of the compressed bytes. PDFBox would otherwise decode the PNG and compress its
 * pixels again for every document (1.8 % of the application's CPU under load, issue 16).
 */
final class LetterheadLogo {

  private final byte[] original;
  private final Encoded image;
  private final Encoded softMask;

  private LetterheadLogo(byte[] original, Encoded image, Encoded softMask) {
    this.original = original;
    this.image = image;
    this.softMask = softMask;
  }

  /** Null for no logo. */
  static LetterheadLogo of(byte[] file) {
    if (file == null) {
      return null;
    }
    try (PDDocument scratch = new PDDocument()) {
      PDImageXObject decoded = PDImageXObject.createFromByteArray(scratch, file, "logo");
      PDImageXObject mask = decoded.getSoftMask();
      Encoded image = Encoded.of(decoded);
      Encoded softMask = mask == null ? null : Encoded.of(mask);
      boolean reusable = image != null && (mask == null || softMask != null);
      return new LetterheadLogo(file, reusable ? image : null, reusable ? softMask : null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the letterhead's logo", e);
    }
  }

  /** The logo as an image of {@code document}. */
  PDImageXObject in(PDDocument document) throws IOException {
    if (image == null) { // a kind of image whose streams are not copied here: PDFBox converts it each time
      return PDImageXObject.createFromByteArray(document, original, "logo");
    }
    PDImageXObject copy = image.in(document);
    if (softMask != null) {
      copy.getCOSObject().setItem(COSName.SMASK, softMask.in(document));
    }
    return copy;
  }

  /** One image stream as PDFBox compressed it: its bytes and what a reader needs to decode them. */
  private record Encoded(byte[] bytes, COSName filter, COSDictionary decodeParms, int width, int height,
      int bitsPerComponent, PDColorSpace colorSpace) {

    /** Null when the image has a colour space other than plain RGB or grey, or more than one filter. */
    static Encoded of(PDImageXObject image) throws IOException {
      COSBase filter = image.getCOSObject().getDictionaryObject(COSName.FILTER);
      PDColorSpace space = image.getColorSpace();
      if (!(filter instanceof COSName name) || !(space instanceof PDDeviceRGB || space instanceof PDDeviceGray)) {
        return null;
      }
      byte[] bytes;
      try (InputStream raw = image.getCOSObject().createRawInputStream()) {
        bytes = raw.readAllBytes();
      }
      COSBase parms = image.getCOSObject().getDictionaryObject(COSName.DECODE_PARMS);
      return new Encoded(bytes, name, parms instanceof COSDictionary d ? d : null, image.getWidth(), image.getHeight(),
          image.getBitsPerComponent(), space);
    }

    PDImageXObject in(PDDocument document) throws IOException {
      PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(bytes), filter, width, height,
          bitsPerComponent, colorSpace);
      if (decodeParms != null) {
        COSDictionary own = new COSDictionary(); // documents are written at the same time: no shared objects
        own.addAll(decodeParms);
        image.getCOSObject().setItem(COSName.DECODE_PARMS, own);
      }
      return image;
    }
  }
}
