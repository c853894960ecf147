package dev.connectorkit.importer.read;

/** JSON pointers (RFC 6901): {@code /paths/~1tickets/get} for the key {@code /tickets}. */
public final class Pointer {
  private Pointer() {}

  /** The pointer of a child key or index of the node at {@code parent}. */
  public static String child(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of an array element. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
