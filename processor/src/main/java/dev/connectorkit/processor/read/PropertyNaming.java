package dev.connectorkit.processor.read;

import java.util.Locale;

/**
 * Jackson's property naming strategies ({@code @JsonNaming}), applied to implicit property names
 * exactly as Jackson's own implementations translate them.
 */
enum PropertyNaming {
  IDENTITY,
  SNAKE_CASE,
  UPPER_SNAKE_CASE,
  KEBAB_CASE,
  LOWER_DOT_CASE,
  LOWER_CASE,
  UPPER_CAMEL_CASE,
  LOWER_CAMEL_CASE;

  /** The strategy named by a {@code @JsonNaming} class, e.g. {@code SnakeCaseStrategy}. */
  static PropertyNaming forStrategyClass(String simpleName) {
    return switch (simpleName) {
      case "SnakeCaseStrategy", "LowerCaseWithUnderscoresStrategy" -> SNAKE_CASE;
      case "UpperSnakeCaseStrategy" -> UPPER_SNAKE_CASE;
      case "KebabCaseStrategy" -> KEBAB_CASE;
      case "LowerDotCaseStrategy" -> LOWER_DOT_CASE;
      case "LowerCaseStrategy" -> LOWER_CASE;
      case "UpperCamelCaseStrategy", "PascalCaseStrategy" -> UPPER_CAMEL_CASE;
      case "LowerCamelCaseStrategy" -> LOWER_CAMEL_CASE;
      default -> null;
    };
  }

  /** Translates an implicit name. */
  String translate(String name) {
    if (name.isEmpty()) {
      return name;
    }
    return switch (this) {
      case IDENTITY -> name;
      case SNAKE_CASE -> snake(name);
      case UPPER_SNAKE_CASE -> snake(name).toUpperCase(Locale.ROOT);
      case KEBAB_CASE -> lowerWithSeparator(name, '-');
      case LOWER_DOT_CASE -> lowerWithSeparator(name, '.');
      case LOWER_CASE -> name.toLowerCase(Locale.ROOT);
      case UPPER_CAMEL_CASE -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
      // Jackson's LowerCamelCaseStrategy leaves names alone (a field "URL" stays "URL").
      case LOWER_CAMEL_CASE -> name;
    };
  }

  private static String snake(String input) {
    StringBuilder result = new StringBuilder(input.length() * 2);
    boolean wasPrevTranslated = false;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (i > 0 || c != '_') {
        if (Character.isUpperCase(c)) {
          if (!wasPrevTranslated
              && result.length() > 0
              && result.charAt(result.length() - 1) != '_') {
            result.append('_');
          }
          c = Character.toLowerCase(c);
          wasPrevTranslated = true;
        } else {
          wasPrevTranslated = false;
        }
        result.append(c);
      }
    }
    return result.length() > 0 ? result.toString() : input;
  }

  private static String lowerWithSeparator(String input, char separator) {
    StringBuilder result = new StringBuilder(input.length() + (input.length() >> 1));
    int upperCount = 0;
    for (int i = 0; i < input.length(); ++i) {
      char ch = input.charAt(i);
      char lc = Character.toLowerCase(ch);
      if (lc == ch) {
        if (upperCount > 1) {
          result.insert(result.length() - 1, separator);
        }
        upperCount = 0;
      } else {
        if (upperCount == 0 && i > 0) {
          result.append(separator);
        }
        ++upperCount;
      }
      result.append(lc);
    }
    return result.toString();
  }
}
