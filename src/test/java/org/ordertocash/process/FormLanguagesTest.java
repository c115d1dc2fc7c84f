package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.ordertocash.config.Labels;
import org.ordertocash.config.Language;

/**
 * Every form exists in both languages (forms/ in Chinese, forms/en/ in English, docs/adr/0019):
 * the two files are the same form apart from what people read, the Chinese one has no English
 * sentence left, and a code reads the same wherever it is offered.
 */
class FormLanguagesTest {

  static final Path CHINESE = Path.of("forms");
  static final Path ENGLISH = Path.of("forms/en");
  static final Set<String> TEXTS = Set.of("text", "label", "description", "placeholder", "dateLabel", "timeLabel");
  /** Fields offering a code with a label of its own in i18n/labels_*.properties. */
  static final Map<String, String> CODE_GROUPS = Map.of("paymentTerms", "PaymentTerms", "revisedPaymentTerms",
      "PaymentTerms", "proposedPaymentTerms", "PaymentTerms", "shippingMethod", "ShippingMethod", "carrierService",
      "CarrierService");

  @Test
  void everyFormHasAnEnglishTwinThatDiffersOnlyInItsTexts() throws IOException {
    Map<String, JsonNode> chinese = forms(CHINESE);
    Map<String, JsonNode> english = forms(ENGLISH);

    assertThat(english.keySet()).isEqualTo(chinese.keySet());
    chinese.forEach((id, form) -> assertThat(withoutTexts(english.get(id)))
        .as("forms/en/%s.form has the fields, options, rules and variables of forms/%s.form", id, id)
        .isEqualTo(withoutTexts(form)));
  }

  @Test
  void chineseFormsSayEverythingInChinese() throws IOException {
    forms(CHINESE).forEach((id, form) -> texts(form).forEach(text -> {
      String shown = text.replaceAll("\\{\\{[^}]*}}", "").replaceAll("[\\p{Punct}\\s\\d·—…×→%]", "");
      if (!shown.isEmpty()) {
        assertThat(shown).as("a text in forms/%s.form", id).containsPattern("\\p{IsHan}");
      }
    }));
  }

  @Test
  void aCodeHasTheSameLabelInEveryFormAndDocument() throws IOException {
    for (Language language : Language.values()) {
      Labels labels = new Labels(language, java.time.ZoneId.of("Asia/Shanghai"));
      Map<String, String> seen = new LinkedHashMap<>();
      forms(language == Language.ZH_CN ? CHINESE : ENGLISH).forEach((id, form) ->
          CamundaFormsTest.components(form).forEach(field -> field.path("values").forEach(option -> {
            String key = field.path("key").asText();
            String code = option.path("value").asText();
            String label = option.path("label").asText();
            String group = CODE_GROUPS.get(key);
            if (group != null) {
              assertThat(label).as("%s in %s (%s)", code, id, language).isEqualTo(labels.code(group, code));
            }
            String earlier = seen.putIfAbsent(key + "=" + code, label);
            assertThat(label).as("%s=%s in %s (%s)", key, code, id, language).isEqualTo(earlier == null ? label : earlier);
          })));
    }
  }

  static Map<String, JsonNode> forms(Path folder) throws IOException {
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        forms.put(file.getFileName().toString().replaceFirst("\\.form$", ""), CamundaFormsTest.JSON.readTree(file.toFile()));
      }
    }
    return forms;
  }

  /** The form with each text replaced by the variables it shows, so translations compare equal. */
  static JsonNode withoutTexts(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (String field : TEXTS) {
        if (object.has(field) && object.get(field).isTextual()) {
          object.put(field, String.join(",", variables(object.get(field).asText())));
        }
      }
      object.forEach(FormLanguagesTest::strip);
    } else if (node instanceof ArrayNode array) {
      array.forEach(FormLanguagesTest::strip);
    }
  }

  static Set<String> variables(String text) {
    Set<String> names = new TreeSet<>();
    Matcher template = CamundaFormsTest.TEMPLATE.matcher(text);
    while (template.find()) {
      Matcher identifier = CamundaFormsTest.IDENTIFIER.matcher(template.group(1).replaceAll("\"[^\"]*\"", ""));
      while (identifier.find()) {
        names.add(identifier.group());
      }
    }
    return names;
  }

  static Stream<String> texts(JsonNode form) {
    return CamundaFormsTest.components(form).stream().flatMap(component -> {
      Stream<String> own = TEXTS.stream().filter(component::hasNonNull).map(field -> component.get(field).asText());
      Stream.Builder<String> options = Stream.builder();
      component.path("values").forEach(option -> options.add(option.path("label").asText()));
      return Stream.concat(own, options.build());
    });
  }
}
