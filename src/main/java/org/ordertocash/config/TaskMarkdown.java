package org.ordertocash.config;

/**
 * Markdown for Camunda Forms' text fields, which Tasklist renders as HTML:
 * <ul>
 *   <li>{@link #text}: data people typed (names, addresses, notes) shown as text, never as
 *       markup or HTML;</li>
 *   <li>{@link #fit}: short enough for one process variable (the engine keeps strings in a
 *       4,000-character column); what does not fit is cut at a line and said so.</li>
 * </ul>
 */
public final class TaskMarkdown {

  /** Characters a summary variable may have; the engine's column holds 4,000. */
  public static final int MAX_LENGTH = 3_800;

  private TaskMarkdown() {}

  /** The value as literal text in markdown: HTML and markdown characters escaped, line breaks as spaces. */
  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (char c : value.toString().toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r', '\t' -> out.append(' ');
        case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '|', '!', '{', '}', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The markdown itself if it fits {@link #MAX_LENGTH}; otherwise its first lines and
   * {@code more}, a line saying where the rest is.
   */
  public static String fit(String markdown, String more) {
    if (markdown.length() <= MAX_LENGTH) {
      return markdown;
    }
    int room = MAX_LENGTH - more.length() - 2;
    int cut = markdown.lastIndexOf('\n', room);
    return markdown.substring(0, cut < 0 ? room : cut) + "\n\n" + more;
  }
}
