package org.ordertocash.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.ordertocash.OrderToCashApplication;
import org.ordertocash.support.Modeler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real restart on the same database after paula deployed from Camunda Modeler: the app's
 * start-up deployment creates no version and leaves hers active, and the log says which version
 * is active and where it came from.
 */
@ExtendWith(OutputCaptureExtension.class)
class ModelerRestartTest {

  @Test
  void aRestartLeavesTheProcessOwnersVersionActive(CapturedOutput output) {
    String database = "jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    String engineName = "restart" + UUID.randomUUID().toString().replace("-", "");
    int owners;
    try (ConfigurableApplicationContext first = start(database, engineName)) {
      int port = ((WebServerApplicationContext) first).getWebServer().getPort();
      Modeler.Answer answer = Modeler.as("paula", port, engineName).deploy("order-review", true,
          Map.of("order-review.bpmn", ModelerDeploymentTest.reviewDueInFiveDays()));
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      owners = first.getBean(ModelVersions.class).active("order-review").version();
    }

    try (ConfigurableApplicationContext second = start(database, engineName)) {
      ModelVersions.Version active = second.getBean(ModelVersions.class).active("order-review");
      assertThat(active.version()).isEqualTo(owners);
      assertThat(active.deployedBy()).isEqualTo("paula");
      assertThat(second.getBean(ProcessEngine.class).getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("order-review").count()).isEqualTo(owners);
    }
    assertThat(output.getOut()).contains("Model 'order-review' (unchanged since the app's deployment")
        .contains("active version " + owners).contains("Camunda Modeler, deployed by paula");
  }

  private static ConfigurableApplicationContext start(String database, String engineName) {
    // Command-line arguments: they win over application.yml (builder properties would not).
    return new SpringApplicationBuilder(OrderToCashApplication.class).run(
        "--server.port=0", "--management.server.port=0",
        "--spring.datasource.url=" + database,
        "--camunda.bpm.process-engine-name=" + engineName,
        "--camunda.bpm.generate-unique-process-engine-name=false",
        "--ordertocash.demo.enabled=true",
        "--camunda.bpm.admin-user.id=admin",
        "--camunda.bpm.admin-user.password=demo");
  }
}
