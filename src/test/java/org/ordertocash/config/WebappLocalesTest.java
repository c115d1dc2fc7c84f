package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's Chinese texts (our locales/zh.json) cover every text of the Camunda version in use
 * (the webjar's en.json): after an upgrade a new text shows up here, not in English in a Chinese page.
 */
class WebappLocalesTest {

  static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/locales/";

  @Test
  void tasklistHasAChineseTextForEveryEnglishOne() throws IOException {
    JsonNode english = read(TASKLIST + "en.json");
    JsonNode chinese = read(TASKLIST + "zh.json");

    assertThat(keys(chinese.path("labels"))).containsExactlyInAnyOrderElementsOf(keys(english.path("labels")));
    assertThat(chinese.path("labels").path("CLAIM_TASK").asText()).isEqualTo("认领");
    assertThat(chinese.path("dateLocales").path("longDateFormat").path("L").asText()).isEqualTo("YYYY-MM-DD");
  }

  private static Set<String> keys(JsonNode labels) {
    Set<String> keys = new LinkedHashSet<>();
    for (Iterator<String> names = labels.fieldNames(); names.hasNext(); ) {
      keys.add(names.next());
    }
    return keys;
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      byte[] bytes = in.readAllBytes();
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      return new ObjectMapper().readTree(text);
    }
  }
}
