package dev.connectorkit.example.tickets.store;

/** A failure of the database behind a store. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with its cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
