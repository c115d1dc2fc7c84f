package org.ordertocash.config;

/** One CSV field, quoted as RFC 4180 says (quotes doubled); null is an empty field. */
public final class Csv {

  private Csv() {}

  public static String quoted(String text) {
    return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
