package org.ordertocash.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps a task listener's refusal ({@link TaskRefusal}) out of the error log. The engine logs every
 * exception that ends a command as "ENGINE-16004 Exception while closing command context" at
 * ERROR; a refusal is an answer to the person (400), not a fault anyone must look into. Other
 * errors are logged as before. Installed by logback-spring.xml.
 */
public class TaskRefusalLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName()) || level == null || !level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    return thrown != null && TaskRefusal.isRefusal(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
