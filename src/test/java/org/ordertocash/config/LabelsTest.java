package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.ordertocash.customer.PaymentTerms;

class LabelsTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void bothLanguagesHaveTheSameTexts() throws IOException {
    Properties chinese = load("i18n/labels_zh_CN.properties");
    Properties english = load("i18n/labels_en.properties");

    assertThat(chinese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
  }

  @Test
  void everyPaymentTermHasALabelInBothLanguages() {
    for (Language language : Language.values()) {
      Labels labels = new Labels(language, SHANGHAI);
      for (PaymentTerms terms : PaymentTerms.values()) {
        assertThat(labels.code(terms)).as(language + " " + terms).isNotBlank().doesNotContain("_");
      }
    }
    assertThat(new Labels(Language.ZH_CN, SHANGHAI).code(PaymentTerms.NET_30)).isEqualTo("30 天账期");
    assertThat(new Labels(Language.EN, SHANGHAI).code(PaymentTerms.NET_30)).isEqualTo("Net 30 days");
  }

  @Test
  void datesAreIsoInTheCompanysTimeZoneAndMoneyInYuan() {
    Labels labels = new Labels(Language.ZH_CN, SHANGHAI);

    assertThat(labels.date(LocalDate.of(2027, 1, 2))).isEqualTo("2027-01-02");
    assertThat(labels.date(Instant.parse("2027-01-01T17:30:00Z"))).as("01:30 next day in Shanghai").isEqualTo("2027-01-02");
    assertThat(labels.dateTime(Instant.parse("2027-01-01T17:30:00Z"))).isEqualTo("2027-01-02 01:30");
    assertThat(labels.money(new BigDecimal("1377"), "CNY")).isEqualTo("¥1,377.00");
    assertThat(labels.money(new BigDecimal("-5.5"), "CNY")).isEqualTo("-¥5.50");
    assertThat(labels.money(new BigDecimal("1200"), "USD")).isEqualTo("1,200.00 USD");
    assertThat(labels.quantity(2, "pcs")).isEqualTo("2 件");
    assertThat(new Labels(Language.EN, SHANGHAI).quantity(2, "pcs")).isEqualTo("2 pcs");
    assertThat(labels.quantity(3, "drum")).as("an unknown unit as it is").isEqualTo("3 drum");
  }

  @Test
  void placeholdersAreFilledAndAMissingTextFails() {
    Labels english = new Labels(Language.EN, SHANGHAI);

    assertThat(english.text("page.of", 2, 7)).isEqualTo("Page 2 of 7");
    assertThat(english.text("contract.buyerAddress")).isEqualTo("Buyer's address");
    assertThat(new Labels(Language.ZH_CN, SHANGHAI).text("page.of", 2, 7)).isEqualTo("第 2 页，共 7 页");
    assertThatThrownBy(() -> english.text("no.such.text")).hasMessageContaining("no.such.text");
  }

  @Test
  void languagesAreKnownByTheirTags() {
    assertThat(Language.of("zh-CN")).isEqualTo(Language.ZH_CN);
    assertThat(Language.of("EN")).isEqualTo(Language.EN);
    assertThatThrownBy(() -> Language.of("fr")).hasMessage("Unknown language 'fr': use zh-CN or en");
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = LabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
