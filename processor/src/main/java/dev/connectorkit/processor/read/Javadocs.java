package dev.connectorkit.processor.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");

  private final Elements elements;

  /**
   * Doc comments by element: javac finds one by walking the element's whole file, and a method's or
   * record's comment is asked for once per parameter or component.
   */
  private final Map<Element, String> docs = new HashMap<>();

  /** The block tags of each element's doc comment (null without one), parsed once. */
  private final Map<Element, List<TagBlock>> blocks = new HashMap<>();

  public Javadocs(Elements elements) {
    this.elements = elements;
  }

  /** The main description of an element's doc comment, or null. */
  public String mainText(Element element) {
    String doc = docComment(element);
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
    List<TagBlock> tags = blocks(element);
    if (tags == null) {
      return null;
    }
    for (TagBlock b : tags) {
      String[] parts = b.parts();
      boolean match =
          parts[0].equals(tag) && (name == null || (parts.length > 1 && parts[1].equals(name)));
      if (match) {
        StringBuilder out = new StringBuilder();
        int skip = name == null ? 1 : 2;
        if (parts.length > skip) {
          out.append(name == null ? b.line().substring(tag.length()) : parts[2]).append(' ');
        }
        return clean(out.append(b.following()).toString());
      }
    }
    return null;
  }

  /**
   * The block tags of an element's doc comment in order, each with the lines that follow it up to
   * the next; null without a comment.
   */
  private List<TagBlock> blocks(Element element) {
    if (blocks.containsKey(element)) {
      return blocks.get(element);
    }
    String doc = docComment(element);
    List<TagBlock> out = null;
    if (doc != null) {
      out = new ArrayList<>();
      String line = null;
      String[] parts = null;
      StringBuilder following = new StringBuilder();
      for (String raw : doc.split("\n", -1)) {
        String trimmed = raw.strip();
        if (trimmed.startsWith("@")) {
          if (line != null) {
            out.add(new TagBlock(line, parts, following.toString()));
          }
          line = trimmed;
          parts = words(trimmed);
          following.setLength(0);
        } else if (line != null) {
          following.append(trimmed).append(' ');
        }
      }
      if (line != null) {
        out.add(new TagBlock(line, parts, following.toString()));
      }
    }
    blocks.put(element, out);
    return out;
  }

  private String docComment(Element element) {
    if (docs.containsKey(element)) {
      return docs.get(element);
    }
    String doc = elements.getDocComment(element);
    docs.put(element, doc);
    return doc;
  }

  /** One block tag: its line, split into tag, name and text, and the lines that follow it. */
  private record TagBlock(String line, String[] parts, String following) {}

  /** Removes inline tags and HTML, folds white space, and makes the text a sentence. */
  private static String clean(String text) {
    // HTML goes, but not from {@code ...}: its '<' and '>' are text ({@code List<String>}).
    // The patterns cannot match without their first character; most texts have neither.
    if (text.indexOf('{') < 0) {
      return sentence(folded(html(text)));
    }
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
    return sentence(folded(plain));
  }

  /**
   * The text with each run of white space ({@code \\s+}) made one space, stripped. By hand, like
   * {@link #words}: these run for every description, and a regular expression engine costs more to
   * warm up in a short compilation than it saves.
   */
  private static String folded(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString().strip(); // and other white space at the ends, as before
  }

  /** A stripped line split at white space into at most three parts: tag, name, the rest. */
  private static String[] words(String line) {
    List<String> parts = new ArrayList<>(3);
    int i = 0;
    while (i < line.length() && parts.size() < 2) {
      int start = i;
      while (i < line.length() && !isSpace(line.charAt(i))) {
        i++;
      }
      parts.add(line.substring(start, i));
      while (i < line.length() && isSpace(line.charAt(i))) {
        i++;
      }
    }
    if (i < line.length()) {
      parts.add(line.substring(i));
    }
    return parts.toArray(new String[0]);
  }

  /** White space as {@code \\s} means it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Null for no text, else the text with a capital first letter and a final full stop. */
  private static String sentence(String s) {
    if (s.isEmpty()) {
      return null;
    }
    s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    // Certification asks for descriptions as full sentences; @param texts seldom end with one.
    return Character.isLetterOrDigit(s.charAt(s.length() - 1)) ? s + "." : s;
  }

  /** Text without HTML tags, with the common entities decoded. */
  private static String html(String text) {
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return text;
    }
    return HTML_TAG
        .matcher(text)
        .replaceAll("")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }
}
