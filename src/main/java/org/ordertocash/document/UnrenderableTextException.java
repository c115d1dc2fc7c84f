package org.ordertocash.document;

/**
 * Text the document font has no glyph for. Rendering stops instead of printing "?": the job that
 * renders the document fails and becomes an incident naming the character.
 */
public class UnrenderableTextException extends RuntimeException {

  UnrenderableTextException(String text, int codePoint, String font) {
    super(String.format("The document font %s has no glyph for '%s' (U+%04X) in \"%s\"", font,
        new String(Character.toChars(codePoint)), codePoint, text));
  }
}
