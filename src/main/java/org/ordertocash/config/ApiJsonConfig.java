package org.ordertocash.config;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every JSON body of {@code /api} must be, whatever the endpoint (Camunda's own REST API has
 * its own mapper): no control characters in text (tab and line breaks excepted), whole numbers
 * where the field counts things ({@code 1.5} is not silently {@code 1}), and dates between
 * 2000 and 2100. A violation answers 400 naming the field ({@link ApiExceptionHandler}).
 */
@Configuration
public class ApiJsonConfig {

  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  @Bean
  Jackson2ObjectMapperBuilderCustomizer apiJsonRules() {
    return builder -> builder
        .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .modulesToInstall(module());
  }

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("order-to-cash-api");
    module.addDeserializer(String.class, new PlainText());
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
          JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        boolean date = type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class
            || type == Instant.class;
        return date ? new WithinBusinessYears(deserializer) : deserializer;
      }
    });
    return module;
  }

  /** A JSON string without control characters (U+0000–U+001F but tab, LF, CR; U+007F–U+009F). */
  static final class PlainText extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = super.deserialize(parser, context);
      if (text != null) {
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
          if (control) {
            throw new InvalidFormatException(parser, "must not contain control characters (U+"
                + String.format("%04X", (int) c) + ")", text, String.class);
          }
        }
      }
      return text;
    }
  }

  /** A date or time between {@link #EARLIEST} and {@link #LATEST}. */
  static final class WithinBusinessYears extends DelegatingDeserializer {
    WithinBusinessYears(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new WithinBusinessYears(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      Object value = super.deserialize(parser, context);
      LocalDate day = null;
      if (value instanceof LocalDate date) {
        day = date;
      } else if (value instanceof LocalDateTime dateTime) {
        day = dateTime.toLocalDate();
      } else if (value instanceof OffsetDateTime dateTime) {
        day = dateTime.toLocalDate();
      } else if (value instanceof Instant instant) {
        day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
      }
      if (day != null && (day.isBefore(EARLIEST) || day.isAfter(LATEST))) {
        throw new InvalidFormatException(parser, "must be between " + EARLIEST + " and " + LATEST,
            value, value.getClass());
      }
      return value;
    }
  }
}
