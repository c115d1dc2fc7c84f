package org.ordertocash.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Deploys the way Camunda Modeler 5 does: a multipart {@code POST /engine-rest/deployment/create}
 * with {@code deployment-name}, {@code deployment-source=Camunda Modeler},
 * {@code deploy-changed-only} and each file as a part named after the file, with HTTP Basic.
 */
public final class Modeler {

  public static final String SOURCE = "Camunda Modeler";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The engine's answer: status and body (JSON where there is one). */
  public record Answer(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final String url;
  private final String user;

  private Modeler(String url, String user) {
    this.url = url;
    this.user = user;
  }

  /** As this demo user (password demo), against the named engine of a test context. */
  public static Modeler as(String user, int port, String engineName) {
    return new Modeler("http://localhost:" + port + "/engine-rest/engine/" + engineName + "/deployment/create", user);
  }

  /** A file of the repository (bpmn/, forms/), as Modeler would read it from disk. */
  public static byte[] repositoryFile(String path) {
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository file with one piece of text replaced; fails if the text is not there exactly once. */
  public static byte[] changed(String path, String text, String replacement) {
    String content = new String(repositoryFile(path), StandardCharsets.UTF_8);
    int at = content.indexOf(text);
    if (at < 0 || content.indexOf(text, at + 1) >= 0) {
      throw new IllegalArgumentException(path + " does not contain exactly one '" + text + "'");
    }
    return content.replace(text, replacement).getBytes(StandardCharsets.UTF_8);
  }

  public Answer deploy(String deploymentName, boolean deployChangedOnly, Map<String, byte[]> files) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", deploymentName);
    fields.put("deployment-source", SOURCE);
    fields.put("deploy-changed-only", String.valueOf(deployChangedOnly));
    String boundary = "----ModelerBoundary" + UUID.randomUUID().toString().replace("-", "");
    byte[] body = multipart(boundary, fields, files);
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] multipart(String boundary, Map<String, String> fields, Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n"));
    files.forEach((name, content) -> {
      write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
          + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      out.writeBytes(content);
      write(out, "\r\n");
    });
    write(out, "--" + boundary + "--\r\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
