package org.ordertocash.config;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * What documents and task forms say in one language: texts from {@code i18n/labels_<lang>.properties}, dates
 * as {@code YYYY-MM-DD} in the company's time zone, money as {@code ¥1,377.00}, and one label per
 * code ({@code PaymentTerms.NET_30}). A missing text fails instead of printing a key.
 */
public final class Labels {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Language language;
  private final ZoneId zone;
  private final ResourceBundle bundle;

  public Labels(Language language, ZoneId zone) {
    this.language = language;
    this.zone = zone;
    this.bundle = ResourceBundle.getBundle("i18n.labels", language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Language language() {
    return language;
  }

  /** The text for {@code key}, with {@code {0}}, {@code {1}}… replaced by the arguments as given. */
  public String text(String key, Object... args) {
    String pattern = bundle.getString(key);
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = args[i] == null ? "" : args[i].toString();
    }
    return new MessageFormat(pattern, language.locale()).format(plain);
  }

  /** Whether the texts have {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The label of a code, e.g. {@code code(PaymentTerms.NET_30)} → "30 天账期". */
  public String code(Enum<?> code) {
    return code == null ? "" : text(code.getDeclaringClass().getSimpleName() + "." + code.name());
  }

  /** The label of a code stored as text ({@code group} such as "ShipmentKind"); unknown codes as they are. */
  public String code(String group, String code) {
    if (code == null) {
      return "";
    }
    String key = group + "." + code;
    return bundle.containsKey(key) ? bundle.getString(key) : code;
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(zone));
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  public String money(BigDecimal amount, String currency) {
    return amount == null ? "" : Money.format(amount, currency);
  }

  /** A rate held as a fraction (0.13) as a percentage ("13 %"). */
  public String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
  }

  /** A quantity with its unit's label ("2 台", "2 pcs"). */
  public String quantity(Number quantity, String unit) {
    return unit == null ? String.valueOf(quantity) : quantity + " " + code("Unit", unit);
  }
}
