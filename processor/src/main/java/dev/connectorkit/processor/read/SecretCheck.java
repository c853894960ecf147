package dev.connectorkit.processor.read;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Origin;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses literals that look like secrets in authentication annotations: a setting named like a
 * secret, or a value shaped like an Azure AD client secret, a private key or a long random token.
 * Expressions and templates ({@code @connectionParameters(...)}, {@code {ClientSecret}}) are fine.
 */
final class SecretCheck {
  private static final Pattern SECRET_NAME =
      Pattern.compile(".*(secret|password|passwd|privatekey|private_key|apikey|api_key).*");
  private static final Pattern AZURE_SECRET =
      Pattern.compile("[A-Za-z0-9_~.\\-]{3}8Q~[A-Za-z0-9_~.\\-]{31,37}");
  private static final Pattern PEM = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----.*");
  private static final Pattern RANDOM_TOKEN = Pattern.compile("[A-Za-z0-9+/_=~.\\-]{32,}");

  private final Diagnostics diagnostics;

  SecretCheck(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reports the value if it looks like a secret. */
  void check(String name, String value, Origin origin, String connectorId) {
    if (value.isEmpty() || value.contains("@") || value.contains("{")) {
      return;
    }
    boolean secretName = SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
    boolean secretShape =
        AZURE_SECRET.matcher(value).matches()
            || PEM.matcher(value).matches()
            || (RANDOM_TOKEN.matcher(value).matches() && hasMixedClasses(value));
    if (secretName || secretShape) {
      diagnostics.report(Message.SECRET_IN_SOURCE, origin, "The value of " + name, connectorId);
    }
  }

  /** Upper, lower and digits together: GUID-free random text rather than a word or URL. */
  private static boolean hasMixedClasses(String value) {
    return value.chars().anyMatch(Character::isUpperCase)
        && value.chars().anyMatch(Character::isLowerCase)
        && value.chars().anyMatch(Character::isDigit)
        && !value.contains("/");
  }
}
