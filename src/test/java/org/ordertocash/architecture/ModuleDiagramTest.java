package org.ordertocash.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * docs/modules.md is generated from the compiled code: the test fails when the code's module
 * dependencies differ from the document. {@code mvn test -Dtest=ModuleDiagramTest
 * -Dordertocash.docs.update=true} rewrites it.
 */
class ModuleDiagramTest {

  static final Path FILE = Path.of("docs/modules.md");

  @Test
  void theModuleDiagramInDocsMatchesTheCode() throws IOException {
    String expected = render(Modules.dependencies());
    if (Boolean.getBoolean("ordertocash.docs.update")) {
      Files.writeString(FILE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(FILE)).as(FILE + " exists").isTrue();
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .as("%s is out of date; rerun with -Dordertocash.docs.update=true", FILE)
        .isEqualTo(expected);
  }

  @Test
  void theDiagramShowsAnEdgeForEveryDependency() {
    String text = render(Map.of("claim", Set.of("config", "shipment"), "config", Set.of()));
    assertThat(text).contains("  claim --> shipment\n").doesNotContain("claim --> config");
  }

  static String render(Map<String, Set<String>> uses) {
    StringBuilder md = new StringBuilder()
        .append("# Modules\n\n")
        .append("Generated from the compiled code by `ModuleDiagramTest`; do not edit by hand. An arrow\n")
        .append("means \"uses the public API of\". Every module may use `config` and `identity`; those\n")
        .append("arrows are left out of the diagram and listed in the table. The rules behind it are in\n")
        .append("[ADR 0005](adr/0005-feature-modules.md), what each module owns in [architecture.md](architecture.md).\n\n")
        .append("```mermaid\nflowchart LR\n");
    uses.forEach((from, targets) -> {
      md.append("  ").append(from).append('\n');
      targets.stream().filter(to -> !Modules.FOUNDATION.contains(to))
          .forEach(to -> md.append("  ").append(from).append(" --> ").append(to).append('\n'));
    });
    md.append("```\n\n| Module | Uses |\n|---|---|\n");
    uses.forEach((from, targets) -> md.append("| ").append(from).append(" | ")
        .append(targets.isEmpty() ? "—" : targets.stream().collect(Collectors.joining(", "))).append(" |\n"));
    return md.toString();
  }
}
