package org.ordertocash.config;


import jakarta.servlet.RequestDispatcher;
import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON errors for every path: Tomcat's own error answers go through {@link JsonErrorReportValve},
 * and {@code /error} (where servlet errors are forwarded) answers JSON too — 404 when asked
 * directly, never Spring's status 999 or a whitelabel page.
 */
@Configuration
public class JsonErrors {

  /** Runs after Spring Boot's own customizer, which adds an HTML error valve of its own. */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorValve() {
    return factory -> factory.addContextCustomizers(context -> {
      StandardHost host = (StandardHost) context.getParent();
      for (Valve valve : host.getPipeline().getValves()) {
        if (valve instanceof ErrorReportValve) {
          host.getPipeline().removeValve(valve);
        }
      }
      host.getPipeline().addValve(new JsonErrorReportValve());
      // The host adds a valve of this class when it starts unless one is there: ours is.
      host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
    });
  }

  @RestController
  static class ErrorEndpoint implements ErrorController {

    /** Written directly: JSON whatever the client accepts (a browser asks for HTML). */
    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
      Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
      HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
          ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
      response.setStatus(status.value());
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"status\":" + status.value() + ",\"message\":\"" + status.getReasonPhrase() + "\"}");
    }
  }

}
