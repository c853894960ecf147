package dev.connectorkit.processor.read;

/**
 * Thrown when an annotation names a class that does not compile ({@code type = Missng.class}):
 * javac has reported it already, so the connector is left unwritten without a message of ours.
 */
public final class MissingTypeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MissingTypeException(String member) {
    super("The class named by " + member + " does not compile");
  }
}
