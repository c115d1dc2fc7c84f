package org.ordertocash.config;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answers — requests refused before any servlet sees them, such as an encoded
 * slash ({@code %2f}), {@code %00} or a backslash in the path — as JSON like every other error,
 * instead of Tomcat's HTML page.
 */
public class JsonErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String reason = known == null ? null : known.getReasonPhrase();
    try {
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write("{\"status\":" + status + ",\"message\":\"" + (reason == null ? "Error" : reason.replace("\"", "'")) + "\"}");
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone; nothing more to say
    }
  }
}
