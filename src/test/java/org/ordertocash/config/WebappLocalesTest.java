package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webapps' Chinese texts (our locales/zh.json for Tasklist, Cockpit, Admin and the welcome
 * page) cover every text of the Camunda version in use (the webjar's en.json) and keep its
 * placeholders: after an upgrade a new text shows up here, not in English in a Chinese page.
 */
class WebappLocalesTest {

  static final String APPS = "META-INF/resources/webjars/camunda/app/";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*\\w+\\s*}}");
  /** Texts that are the same in Chinese: names, formats and symbols. */
  static final Pattern SAME_IN_CHINESE =
      Pattern.compile("^[\\p{Punct}\\s\\d]*$|JSON|CSV|Camunda( Cockpit)?|Optimize|null|ID\\*?|DRD|YYYY.*|.*\\{\\{.*");
  /** The plural "s" and "out of" glued to numbers: a space or a slash in Chinese. */
  static final Pattern FRAGMENT = Pattern.compile("s|out of");
  /** Left empty on purpose: the vendor's end-of-life banner and its first-login hint to the welcome page. */
  static final Set<String> HIDDEN = Set.of("BANNER_CE_EOL_TEXT", "FIRST_LOGIN_INFO");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishTextHasAChineseOneWithTheSamePlaceholders(String app) throws IOException {
    JsonNode english = read(APPS + app + "/locales/en.json").path("labels");
    JsonNode chinese = read(APPS + app + "/locales/zh.json").path("labels");

    assertThat(keys(chinese)).containsExactlyInAnyOrderElementsOf(keys(english));
    List<String> untranslated = new ArrayList<>();
    for (String key : keys(english)) {
      String en = english.path(key).asText();
      String zh = chinese.path(key).asText();
      assertThat(placeholders(zh)).as("placeholders of %s in %s", key, app).isEqualTo(placeholders(en));
      boolean han = zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
      boolean allowed = SAME_IN_CHINESE.matcher(en.strip()).matches() || FRAGMENT.matcher(en.strip()).matches()
          || HIDDEN.contains(key) && zh.isEmpty();
      if (!han && !allowed) {
        untranslated.add(key + "=" + zh);
      }
    }
    assertThat(untranslated).as("texts of %s left in English", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseIsOfferedAndTheFallback(String app) throws IOException {
    String config = text(APPS + app + "/scripts/config.js");
    assertThat(config).contains("availableLocales: ['zh', 'en']", "fallbackLocale: 'zh'");
  }

  @Test
  void datesReadAsYearMonthDay() throws IOException {
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      JsonNode chinese = read(APPS + app + "/locales/zh.json");
      assertThat(chinese.path("dateLocales").path("longDateFormat").path("L").asText()).as(app).isEqualTo("YYYY-MM-DD");
    }
    assertThat(read(APPS + "tasklist/locales/zh.json").path("labels").path("CLAIM_TASK").asText()).isEqualTo("认领");
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    return found;
  }

  private static Set<String> keys(JsonNode labels) {
    Set<String> keys = new LinkedHashSet<>();
    for (Iterator<String> names = labels.fieldNames(); names.hasNext(); ) {
      keys.add(names.next());
    }
    return keys;
  }

  private static JsonNode read(String resource) throws IOException {
    return new ObjectMapper().readTree(text(resource));
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    }
  }
}
