package dev.connectorkit.bench;

/** The five ways javac compiles the same API in the benchmark. */
enum Variant {
  /** {@code -proc:none}: no annotation processing at all. */
  PLAIN("javac"),
  /** {@link EmptyProcessor}: javac's processing rounds with a processor that does nothing. */
  EMPTY("javac+empty-processor"),
  /** {@link EmptyPlugin}: a plug-in that only registers a task listener, doing nothing. */
  EMPTY_PLUGIN("javac+empty-plugin"),
  /** The ConnectorKit processor path. */
  CONNECTORKIT("javac+connectorkit"),
  /** ConnectorKit as a javac plug-in ({@code -proc:none -Xplugin:ConnectorKit}): no rounds. */
  PLUGIN("javac+connectorkit-plugin");

  private final String label;

  Variant(String label) {
    this.label = label;
  }

  /** The name used in the raw results. */
  String label() {
    return label;
  }
}
