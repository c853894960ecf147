package dev.connectorkit.processor.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Origin;

/** Parses JSON written in annotation values ({@code json = "..."}), reporting what is not JSON. */
final class JsonLiterals {
  private JsonLiterals() {}

  /** Made on first use only: most connectors have no JSON literal, and a mapper costs. */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** The parsed value, or the raw text after an {@code InvalidJson} error. */
  static Object parse(String json, Origin origin, Diagnostics diagnostics) {
    try {
      return Mapper.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      diagnostics.report(Message.INVALID_JSON, origin, e.getOriginalMessage());
      return json;
    }
  }
}
