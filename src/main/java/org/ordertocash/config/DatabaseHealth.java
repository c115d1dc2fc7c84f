package org.ordertocash.config;

/**
 * Asks the database, now, whether it answers. Error handlers use it to tell an outage (503, try
 * again) from a bug (500) when the exception alone does not say.
 */
public interface DatabaseHealth {

  boolean reachable();
}
