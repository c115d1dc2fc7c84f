package org.ordertocash.audit;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.ordertocash.config.BufferedBodyRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request to {@code /api}, {@code /engine-rest} and the webapps' APIs an id (taken
 * from {@code X-Request-Id} when the caller sent a sensible one, echoed in the answer) and records
 * every write — who, when, which request, the path, the answer's status and the body sent, with
 * passwords and tokens blanked — once for each order it touched. The engine's and the modules'
 * records made while serving it carry the same request id and the same user.
 */
class ApiWriteAudit extends OncePerRequestFilter {

  static final String HEADER = "X-Request-Id";

  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
  private static final Pattern ORDER_PATH = Pattern.compile("/api/orders/([A-Za-z0-9-]+)");
  private static final Pattern TASK_COMPLETION = Pattern.compile(".*/task/[^/]+/(complete|submit-form)$");
  private static final Pattern ENGINE_TARGET = Pattern.compile(".*/(task|process-instance)/([A-Za-z0-9-]{8,64})(/.*)?$");
  private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|credential).*");
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final int LARGEST_BODY = 2 * 1024 * 1024;

  private final AuditTrail trail;
  private final IdentityService identityService;
  private final RequestSubjects subjects;
  private final String engineName;
  private final ObjectMapper json = new ObjectMapper();

  ApiWriteAudit(AuditTrail trail, IdentityService identityService, RequestSubjects subjects, String engineName) {
    this.trail = trail;
    this.identityService = identityService;
    this.subjects = subjects;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String incoming = request.getHeader(HEADER);
    String requestId = incoming != null && SAFE_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    response.setHeader(HEADER, requestId);
    AuditContext context = AuditContext.begin(requestId);
    try {
      context.user(user(request));
      if (READS.contains(request.getMethod()) || isLogin(request)) {
        chain.doFilter(request, response);
        return;
      }
      BufferedBodyRequest cached = cache(request);
      JsonNode body = cached == null ? null : parse(cached);
      if (body != null && TASK_COMPLETION.matcher(request.getRequestURI()).matches()) {
        context.enteredVariables(enteredVariables(body));
      }
      try {
        chain.doFilter(cached != null ? cached : request, response);
      } finally {
        recordWrite(request, response, context, body);
      }
    } finally {
      AuditContext.end();
    }
  }

  private void recordWrite(HttpServletRequest request, HttpServletResponse response, AuditContext context,
      JsonNode body) {
    String path = publicPath(request.getRequestURI());
    int status = response.getStatus();
    List<String> orders = List.copyOf(context.ordersTouched());
    if (orders.isEmpty()) {
      orders = java.util.Collections.singletonList(orderNamedBy(path));
    }
    for (String order : orders) {
      trail.record(AuditEntry.of(AuditKind.API_WRITE, order, request.getMethod() + " " + path + " answered " + status)
          .by(context.user())
          .with("method", request.getMethod())
          .with("path", path)
          .with("query", request.getQueryString())
          .with("status", status)
          .with("body", body == null ? null : blankSecrets(body.deepCopy())));
    }
  }

  /** The order a write names in its path: an order, or a task or process instance of one. */
  private String orderNamedBy(String path) {
    Matcher order = ORDER_PATH.matcher(path);
    if (order.find()) {
      return order.group(1);
    }
    Matcher target = ENGINE_TARGET.matcher(path);
    if (!target.matches()) {
      return null;
    }
    return "task".equals(target.group(1)) ? subjects.orderOfTask(target.group(2))
        : subjects.orderOfProcessInstance(target.group(2));
  }

  private String user(HttpServletRequest request) {
    Authentication engineUser = identityService.getCurrentAuthentication();
    if (engineUser != null && engineUser.getUserId() != null) {
      return engineUser.getUserId();
    }
    // the webapps keep their login in the session
    HttpSession session = request.getSession(false);
    Authentications webapp = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (webapp != null && webapp.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user) {
      return user.getName();
    }
    return null;
  }

  private static boolean isLogin(HttpServletRequest request) {
    return request.getRequestURI().contains("/api/admin/auth/");
  }

  private BufferedBodyRequest cache(HttpServletRequest request) throws IOException {
    String type = request.getContentType();
    if (type == null || !type.contains("json") || request.getContentLengthLong() > LARGEST_BODY) {
      return null;
    }
    byte[] body = request.getInputStream().readNBytes(LARGEST_BODY + 1);
    if (body.length > LARGEST_BODY) {
      throw new IOException("request body larger than " + LARGEST_BODY + " bytes");
    }
    return new BufferedBodyRequest(request, body);
  }

  private JsonNode parse(BufferedBodyRequest request) {
    if (request.body().length == 0) {
      return null;
    }
    try {
      return json.readTree(request.text());
    } catch (IOException notJson) {
      return json.getNodeFactory().textNode("(not JSON, " + request.body().length + " bytes)");
    }
  }

  private Map<String, Object> enteredVariables(JsonNode body) {
    Map<String, Object> entered = new LinkedHashMap<>();
    JsonNode variables = body.path("variables");
    variables.fieldNames().forEachRemaining(name -> {
      JsonNode value = variables.path(name).path("value");
      entered.put(name, json.convertValue(value, Object.class));
    });
    return entered;
  }

  private static JsonNode blankSecrets(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> names = new java.util.ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (SECRET.matcher(name).matches()) {
          object.put(name, "(not recorded)");
        } else {
          blankSecrets(object.get(name));
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(ApiWriteAudit::blankSecrets);
    }
    return node;
  }

  /** Survey links carry a secret token in the path; the record keeps the path without it. */
  private static String publicPath(String uri) {
    return uri.startsWith("/api/surveys/") ? "/api/surveys/(token)" : uri;
  }
}
