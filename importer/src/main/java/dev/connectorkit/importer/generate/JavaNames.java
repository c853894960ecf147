package dev.connectorkit.importer.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Readable Java names from the names a Swagger file uses: {@code "@odata.nextLink"} becomes the
 * component {@code odataNextLink}, {@code "ticket-status"} the type {@code TicketStatus}; keywords
 * and names records cannot use are avoided, and a {@link Scope} keeps names unique.
 */
public final class JavaNames {
  /** Names a record component cannot have (they would clash with {@code Object}'s methods). */
  private static final Set<String> RECORD_FORBIDDEN =
      Set.of(
          "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  private JavaNames() {}

  /** Whether the text is a Java identifier that is not a keyword. */
  public static boolean isIdentifier(String s) {
    return s != null && SourceVersion.isName(s) && !s.contains(".") && !s.equals("_");
  }

  /** The words of a name: split at non-alphanumerics and lower-to-upper case changes. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) || c > 127) {
        flush(w, out);
        continue;
      }
      boolean boundary =
          w.length() > 0
              && Character.isUpperCase(c)
              && (Character.isLowerCase(s.charAt(i - 1))
                  || (i + 1 < s.length()
                      && Character.isLowerCase(s.charAt(i + 1))
                      && Character.isUpperCase(s.charAt(i - 1))));
      if (boundary) {
        flush(w, out);
      }
      w.append(c);
    }
    flush(w, out);
    return out;
  }

  private static void flush(StringBuilder w, List<String> out) {
    if (w.length() > 0) {
      out.add(w.toString());
      w.setLength(0);
    }
  }

  /** {@code "list open-tickets"} → {@code ListOpenTickets}; {@code fallback} if nothing is left. */
  public static String upperCamel(String s, String fallback) {
    StringBuilder out = new StringBuilder();
    for (String w : words(s)) {
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    String name = out.length() == 0 ? fallback : out.toString();
    return Character.isDigit(name.charAt(0)) ? fallback + name : name;
  }

  /** {@code "List-Open tickets"} → {@code listOpenTickets}; never a keyword. */
  public static String lowerCamel(String s, String fallback) {
    List<String> words = words(s);
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (out.length() == 0) {
        boolean acronym = w.chars().allMatch(c -> !Character.isLowerCase(c));
        out.append(
            acronym
                ? w.toLowerCase(Locale.ROOT)
                : Character.toLowerCase(w.charAt(0)) + w.substring(1));
      } else {
        out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    String name = out.length() == 0 ? fallback : out.toString();
    if (Character.isDigit(name.charAt(0))) {
      name = fallback + upperCamel(name, "");
    }
    return isIdentifier(name) && !RECORD_FORBIDDEN.contains(name) ? name : name + "Value";
  }

  /** {@code "in progress"} → {@code IN_PROGRESS}, an enum constant name. */
  public static String constant(String s, String fallback) {
    List<String> parts = new ArrayList<>();
    for (String w : words(s)) {
      parts.add(w.toUpperCase(Locale.ROOT));
    }
    String name = parts.isEmpty() ? fallback : String.join("_", parts);
    if (Character.isDigit(name.charAt(0))) {
      name = fallback + "_" + name;
    }
    return isIdentifier(name) ? name : name + "_";
  }

  /**
   * A set of type names in use; {@link #claim} returns a free variant of the wanted name, never one
   * of {@code java.lang}. A name of {@code java.lang} reserved exactly (a definition named {@code
   * Error}) would hide that class in its package, so {@link #qualified} lists them for JavaPoet to
   * write such types, and the {@code java.lang} ones, fully qualified.
   */
  public static final class Scope {
    private final Set<String> taken = new HashSet<>();
    private final Set<String> javaLang = new java.util.TreeSet<>();

    /** Reserves a name exactly; false if it was taken. */
    public boolean reserve(String name) {
      if (isJavaLang(name)) {
        javaLang.add(name);
      }
      return taken.add(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a name is taken. */
    public boolean isTaken(String name) {
      return taken.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The name, or the name with the lowest free number appended, reserved. */
    public String claim(String name) {
      String candidate = name;
      for (int n = 2; isJavaLang(candidate) || !reserve(candidate); n++) {
        candidate = name + n;
      }
      return candidate;
    }

    /** The reserved names that are also names of {@code java.lang}. */
    public String[] qualified() {
      return javaLang.toArray(new String[0]);
    }

    private static boolean isJavaLang(String name) {
      try {
        Class.forName("java.lang." + name, false, Scope.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }
  }
}
