package org.ordertocash.config;

/** Looks through an exception's causes, as the engine and its REST API wrap what happened. */
public final class Causes {

  private Causes() {}

  /** The first exception of this type in the chain, starting with the exception itself; null if none. */
  public static <T extends Throwable> T first(Throwable throwable, Class<T> type) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
