package org.ordertocash.config;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (rather than a bug): such requests
 * answer 503 with {@code Retry-After}, not 500.
 */
public final class DatabaseOutage {

  /** Seconds a client should wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 10;

  private DatabaseOutage() {}

  public static boolean isCause(Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof ConnectException || t instanceof SocketException
          || t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  public static String message() {
    return "The database cannot be reached at the moment; try again in " + RETRY_AFTER_SECONDS + " seconds";
  }
}
