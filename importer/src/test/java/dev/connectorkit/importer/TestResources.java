package dev.connectorkit.importer;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test resource folders: connectors written for the tests, and bad inputs. */
final class TestResources {
  private TestResources() {}

  /** A folder below the test resources, e.g. {@code connectors/webhook}. */
  static Path folder(String relative) {
    try {
      return Path.of(TestResources.class.getClassLoader().getResource(relative).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
