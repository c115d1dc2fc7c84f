package org.ordertocash.config;

import java.util.Locale;

/**
 * The languages people and documents use here: Simplified Chinese, the organisation's default,
 * and English. Stored by its tag ({@code zh-CN}, {@code en}) on customers and in settings.
 */
public enum Language {
  ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
  EN("en", Locale.ENGLISH);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  /** The language for a tag such as {@code zh-CN} or {@code en}; anything else is refused. */
  public static Language of(String tag) {
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag)) {
        return language;
      }
    }
    throw new IllegalArgumentException("Unknown language '" + tag + "': use zh-CN or en");
  }
}
