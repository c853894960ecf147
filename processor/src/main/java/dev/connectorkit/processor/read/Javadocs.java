package dev.connectorkit.processor.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Turns Javadoc into descriptions: the main text of a type, method or field, and the {@code
 * @param} text of a method parameter or record component. Only source elements have Javadoc.
 */
public final class Javadocs {
  private static final Pattern INLINE_TAG =
      Pattern.compile("\\{@(code|literal|link|linkplain|value)\\s+([^}]*)}");

  private final Elements elements;

  public Javadocs(Elements elements) {
    this.elements = elements;
  }

  /** The main description of an element's doc comment, or null. */
  public String mainText(Element element) {
    String doc = elements.getDocComment(element);
    if (doc == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String line : doc.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("@")) {
        break;
      }
      out.append(trimmed).append(' ');
    }
    return clean(out.toString());
  }

  /** The {@code @param} text for a method parameter, or null. */
  public String paramText(VariableElement parameter) {
    Element owner = parameter.getEnclosingElement();
    if (!(owner instanceof ExecutableElement)) {
      return null;
    }
    return tagText(owner, "@param", parameter.getSimpleName().toString());
  }

  /** The record's {@code @param} text for a record component's accessor or field, or null. */
  public String recordComponentText(Element component) {
    Element record = component.getEnclosingElement();
    if (record == null || record.getKind() != ElementKind.RECORD) {
      return null;
    }
    return tagText(record, "@param", component.getSimpleName().toString());
  }

  /** The {@code @return} text of a method, or null. */
  public String returnText(ExecutableElement method) {
    return tagText(method, "@return", null);
  }

  private String tagText(Element element, String tag, String name) {
    String doc = elements.getDocComment(element);
    if (doc == null) {
      return null;
    }
    StringBuilder out = null;
    for (String line : doc.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("@")) {
        if (out != null) {
          break;
        }
        String[] parts = trimmed.split("\\s+", 3);
        boolean match =
            parts[0].equals(tag) && (name == null || (parts.length > 1 && parts[1].equals(name)));
        if (match) {
          out = new StringBuilder();
          int skip = name == null ? 1 : 2;
          if (parts.length > skip) {
            out.append(name == null ? trimmed.substring(tag.length()) : parts[2]).append(' ');
          }
        }
      } else if (out != null) {
        out.append(trimmed).append(' ');
      }
    }
    return out == null ? null : clean(out.toString());
  }

  /** Removes inline tags and HTML, folds white space, and makes the text a sentence. */
  private static String clean(String text) {
    // HTML goes, but not from {@code ...}: its '<' and '>' are text ({@code List<String>}).
    StringBuilder plain = new StringBuilder();
    Matcher m = INLINE_TAG.matcher(text);
    int last = 0;
    while (m.find()) {
      plain.append(html(text.substring(last, m.start())));
      String body = m.group(2).strip();
      if (m.group(1).startsWith("link") && body.contains(" ")) {
        body = body.substring(body.indexOf(' ') + 1).strip();
      } else if (m.group(1).startsWith("link")) {
        body = body.startsWith("#") ? body.substring(1) : body.replace('#', '.');
      }
      plain.append(body);
      last = m.end();
    }
    plain.append(html(text.substring(last)));
    String s = plain.toString().replaceAll("\\s+", " ").strip();
    if (s.isEmpty()) {
      return null;
    }
    s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    // Certification asks for descriptions as full sentences; @param texts seldom end with one.
    return Character.isLetterOrDigit(s.charAt(s.length() - 1)) ? s + "." : s;
  }

  /** Text without HTML tags, with the common entities decoded. */
  private static String html(String text) {
    return text.replaceAll("<[^>]+>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }
}
