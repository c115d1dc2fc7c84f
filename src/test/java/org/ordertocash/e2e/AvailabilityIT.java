package org.ordertocash.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ordertocash.OrderToCashApplication;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Readiness while starting and while the database is gone, on a PostgreSQL cluster of this test's
 * own (created on a free port, stopped and started by the test, dropped at the end; the shared
 * server is never touched). While not ready, /api and /engine-rest answer 503 with Retry-After at
 * once, and the readiness probe is down; afterwards everything answers again.
 *
 * <p>Needs Debian's postgresql-common tools (pg_createcluster) and root; skipped without them
 * unless OTC_REQUIRE_POSTGRES=true.
 */
class AvailabilityIT {

  private static final String CLUSTER = "otcavail" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private static final CountDownLatch START_UP_GATE = new CountDownLatch(1);
  private static final String ENGINE = "availability" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

  private static String version;
  private static int pgPort;
  private static int port;
  private static int managementPort;
  private static ConfigurableApplicationContext app;
  private static Thread starter;

  @BeforeAll
  static void createCluster() throws Exception {
    version = new String(new ProcessBuilder("ls", "/etc/postgresql").start().getInputStream().readAllBytes()).trim();
    boolean tools = !version.isEmpty() && new java.io.File("/usr/bin/pg_createcluster").canExecute();
    if (!tools) {
      String message = "pg_createcluster not available: the availability test needs a PostgreSQL cluster of its own";
      if (Boolean.parseBoolean(System.getenv("OTC_REQUIRE_POSTGRES"))) {
        throw new IllegalStateException(message);
      }
      org.junit.jupiter.api.Assumptions.abort(message);
    }
    pgPort = freePort();
    run("pg_createcluster", version, CLUSTER, "-p", String.valueOf(pgPort), "--start", "--",
        "--auth-host=trust", "--auth-local=trust");
    run("pg_isready", "-h", "127.0.0.1", "-p", String.valueOf(pgPort), "-t", "30");
    try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "")) {
      connection.createStatement().execute("create database ordertocash");
    }
    port = freePort();
    managementPort = freePort();
  }

  @AfterAll
  static void dropCluster() throws Exception {
    // A failed test must not leave the application starting in the background: it would finish
    // starting later and run beside the next test classes' applications in this JVM.
    START_UP_GATE.countDown();
    if (starter != null) {
      starter.join(TimeUnit.MINUTES.toMillis(2));
    }
    if (app != null) {
      app.close();
    }
    if (pgPort != 0) {
      run("pg_dropcluster", version, CLUSTER, "--stop");
    }
  }

  @Test
  void notReadyWhileStartingOrWithoutTheDatabaseAndReadyAgainAfterwards() throws Exception {
    AtomicReference<Throwable> startFailure = new AtomicReference<>();
    starter = new Thread(() -> {
      try {
        app = new SpringApplicationBuilder(OrderToCashApplication.class)
            .initializers((GenericApplicationContext context) -> context.registerBean("startUpGate", ApplicationRunner.class,
                () -> args -> START_UP_GATE.await(2, TimeUnit.MINUTES)))
            .run("--server.port=" + port, "--management.server.port=" + managementPort,
                "--spring.profiles.active=postgres,dev",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + pgPort + "/ordertocash",
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--camunda.bpm.process-engine-name=" + ENGINE);
      } catch (Throwable e) {
        startFailure.set(e);
      }
    }, "availability-it-start");
    starter.start();

    // Starting: both web servers answer (the management server comes up a moment after the
    // application's), the start-up runners have not finished.
    await().atMost(Duration.ofSeconds(120))
        .until(() -> startFailure.get() != null || answers(port) && answers(managementPort));
    assertThat(startFailure.get()).as(() -> "the application did not start; cluster: " + clusterState()).isNull();
    assertNotReady();

    START_UP_GATE.countDown();
    starter.join(TimeUnit.MINUTES.toMillis(2));
    assertThat(startFailure.get()).as(() -> "the application did not start; cluster: " + clusterState()).isNull();
    assertReady();

    run("pg_ctlcluster", version, CLUSTER, "stop", "-m", "immediate");
    long started = System.nanoTime();
    HttpResponse<String> first = get(port, "/api/customers", "sally");
    assertThat(first.statusCode()).as("a request as the database goes: " + first.body()).isEqualTo(503);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    await().atMost(Duration.ofSeconds(20)).untilAsserted(AvailabilityIT::assertNotReady);

    run("pg_ctlcluster", version, CLUSTER, "start");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(AvailabilityIT::assertReady);
  }

  /** pg_lsclusters and the end of this cluster's log, to tell why the application lost its database. */
  private static String clusterState() {
    try {
      Process list = new ProcessBuilder("pg_lsclusters").redirectErrorStream(true).start();
      Process log = new ProcessBuilder("tail", "-20", "/var/log/postgresql/postgresql-" + version + "-" + CLUSTER + ".log")
          .redirectErrorStream(true).start();
      return new String(list.getInputStream().readAllBytes()) + new String(log.getInputStream().readAllBytes());
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static void assertNotReady() throws Exception {
    for (String path : List.of("/api/customers", "/engine-rest/engine/" + ENGINE + "/task")) {
      long started = System.nanoTime();
      HttpResponse<String> answer = get(port, path, "sally");
      assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(503);
      assertThat(answer.headers().firstValue("Retry-After")).as(path).hasValueSatisfying(v -> assertThat(v).matches("\\d+"));
      assertThat(answer.body()).contains("\"status\":503");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered at once").isLessThan(Duration.ofSeconds(2));
    }
    assertThat(get(managementPort, "/actuator/health/readiness", null).statusCode()).isEqualTo(503);
    assertThat(get(managementPort, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
  }

  private static void assertReady() throws Exception {
    assertThat(get(port, "/api/customers", "sally").statusCode()).isEqualTo(200);
    assertThat(get(port, "/engine-rest/engine/" + ENGINE + "/task", "sally").statusCode()).isEqualTo(200);
    assertThat(get(managementPort, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> get(int onPort, String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path))
        .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    // A client per request: a pooled keep-alive connection that the server closed meanwhile (as it
    // does while starting and stopping) fails the next request with a ConnectException.
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Whether the web server answers HTTP. Accepting a TCP connection is not enough: Tomcat binds its
   * port before its connector serves, and a request sent then can be dropped.
   */
  private static boolean answers(int onPort) {
    try {
      get(onPort, "/api/customers", "sally");
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }
}
