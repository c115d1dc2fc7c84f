package org.ordertocash.config;

import java.util.Arrays;
import java.util.List;

/** Names of enum constants as requests and forms send them: checked, with a sentence when they are wrong. */
public final class EnumInput {

  private EnumInput() {}

  /** The constant named {@code value}; else null, and an error saying which names {@code field} takes. */
  public static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<ApiError.FieldError> errors) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    errors.add(new ApiError.FieldError(field, field + " must be one of " + Arrays.toString(type.getEnumConstants())));
    return null;
  }

  /** Whether {@code value} (a form's submitted value) is the name of one of the constants. */
  public static <E extends Enum<E>> boolean isOneOf(Class<E> type, Object value) {
    return value != null && Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(value));
  }
}
