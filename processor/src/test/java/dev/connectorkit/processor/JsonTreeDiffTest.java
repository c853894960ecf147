package dev.connectorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison of {@link ReferenceReplicaIT}: only object key order is ignored. */
class JsonTreeDiffTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<String> diff(String expected, String actual) throws Exception {
    return JsonTreeDiff.compare(MAPPER.readTree(expected), MAPPER.readTree(actual)).stream()
        .map(Object::toString)
        .toList();
  }

  @Test
  void keyOrderIsIgnoredAndNumbersCompareByValue() throws Exception {
    assertEquals(List.of(), diff("{\"a\": 1, \"b\": [1, 2.0]}", "{\"b\": [1.0, 2], \"a\": 1}"));
  }

  @Test
  void arrayOrderMissingKeysAndValuesDiffer() throws Exception {
    assertEquals(
        List.of(
            "/a/0: expected 1, actual 2",
            "/a/1: expected 2, actual 1",
            "/b: expected true, actual (missing)",
            "/c~1d: expected (missing), actual \"x\""),
        diff("{\"a\": [1, 2], \"b\": true}", "{\"a\": [2, 1], \"c/d\": \"x\"}"));
  }

  @Test
  void typesDiffer() throws Exception {
    assertEquals(
        List.of("/a: expected \"1\", actual 1", "/: expected {}, actual []"),
        List.of(diff("{\"a\": \"1\"}", "{\"a\": 1}").get(0), diff("{}", "[]").get(0)));
  }
}
