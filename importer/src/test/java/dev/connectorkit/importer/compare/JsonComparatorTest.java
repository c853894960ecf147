package dev.connectorkit.importer.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three levels of the comparison, and differences as JSON pointers. */
class JsonComparatorTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  @Test
  void keyOrderAndNumberSpellingDoNotMatter() throws Exception {
    Comparison c =
        JsonComparator.compare(
            json("{'a': 1, 'b': {'x': [1, 2.0]}}"), json("{'b': {'x': [1.0, 2]}, 'a': 1e0}"));

    assertEquals(Comparison.Level.IDENTICAL, c.level());
    assertEquals("identical", c.summary());
  }

  @Test
  void arraysKeepTheirOrder() throws Exception {
    Comparison c =
        JsonComparator.compare(json("{'required': ['a', 'b']}"), json("{'required': ['b', 'a']}"));

    assertEquals(
        List.of(
            "/required/0: original \"a\", emitted \"b\"",
            "/required/1: original \"b\", emitted \"a\""),
        lines(c));
  }

  @Test
  void aReferenceAndItsTargetInPlaceAreEquivalent() throws Exception {
    JsonNode original =
        json(
            "{'paths': {'/t': {'get': {'responses': {'200': {'schema':"
                + " {'type': 'object', 'properties': {'id': {'type': 'string'}}}}}}}}}");
    JsonNode emitted =
        json(
            "{'paths': {'/t': {'get': {'responses': {'200': {'schema':"
                + " {'$ref': '#/definitions/T'}}}}}}, 'definitions': {'T': {'type': 'object',"
                + " 'properties': {'id': {'type': 'string'}}}}}");

    Comparison c = JsonComparator.compare(original, emitted);

    assertEquals(Comparison.Level.EQUIVALENT, c.level());
    assertEquals("equivalent", c.summary());
  }

  @Test
  void differencesArePointersWithEscapedKeys() throws Exception {
    Comparison c =
        JsonComparator.compare(
            json(
                "{'paths': {'/a/{id}': {'get': {'summary': 'A', 'x-ms-visibility': 'internal'}}}}"),
            json("{'paths': {'/a/{id}': {'get': {'summary': 'B', 'deprecated': false}}}}"));

    assertEquals(Comparison.Level.DIFFERENT, c.level());
    assertEquals(
        List.of(
            "/paths/~1a~1{id}/get/summary: original \"A\", emitted \"B\"",
            "/paths/~1a~1{id}/get/x-ms-visibility: missing (original: \"internal\")",
            "/paths/~1a~1{id}/get/deprecated: added (emitted: false)"),
        lines(c));
    assertEquals("3 differences", c.summary());
  }

  @Test
  void recursiveReferencesStayReferences() throws Exception {
    JsonNode doc =
        json(
            "{'definitions': {'Node': {'type': 'object', 'properties': {'next': {'$ref':"
                + " '#/definitions/Node'}}}}, 'paths': {'/n': {'get': {'responses': {'200':"
                + " {'schema': {'$ref': '#/definitions/Node'}}}}}}}");

    assertEquals(Comparison.Level.IDENTICAL, JsonComparator.compare(doc, doc).level());
    JsonNode resolved = JsonComparator.resolve(doc);
    assertEquals(
        "#/definitions/Node",
        resolved.at("/paths/~1n/get/responses/200/schema/properties/next/$ref").asText());
  }

  private static List<String> lines(Comparison c) {
    return c.differences().stream().map(Difference::format).toList();
  }
}
