package org.ordertocash.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * bpmnlint with the repository's .bpmnlintrc, as the build runs it (pom.xml, exec-maven-plugin,
 * after npm installed src/lint): a model that breaks the rules fails with file, element and rule.
 */
class ModelLintTest {

  record Lint(int exitCode, String output) {}

  @Test
  void aModelBreakingTheRulesFailsWithElementAndRule() throws Exception {
    Lint lint = lint("src/test/resources/lint/broken.bpmn");

    assertThat(lint.exitCode()).as(lint.output()).isEqualTo(1);
    assertThat(lint.output()).contains("broken.bpmn");
    assertThat(lint.output().lines().filter(line -> line.contains("Task_NoGroup")))
        .anyMatch(line -> line.contains("ordertocash/user-task-candidate-group"))
        .anyMatch(line -> line.contains("ordertocash/user-task-due-date"))
        .anyMatch(line -> line.contains("ordertocash/user-task-form"))
        .anyMatch(line -> line.contains("ordertocash/named-elements"));
    assertThat(lint.output()).containsPattern("Task_Script\\s+error.*ordertocash/no-script");
    assertThat(lint.output()).containsPattern("broken\\s+error.*ordertocash/history-time-to-live");
  }

  @Test
  void theRepositoryModelsHaveNoErrors() throws Exception {
    Lint lint = lint("bpmn/*.bpmn");

    assertThat(lint.exitCode()).as(lint.output()).isZero();
    assertThat(lint.output()).contains("0 errors");
  }

  private static Lint lint(String files) throws IOException, InterruptedException {
    File project = new File(".").getAbsoluteFile();
    Process process = new ProcessBuilder(List.of("npx", "--no-install", "bpmnlint", "-c",
        new File(project, ".bpmnlintrc").getPath(), new File(project, files).getPath()))
        .directory(new File(project, "src/lint"))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Lint(process.exitValue(), output);
  }
}
