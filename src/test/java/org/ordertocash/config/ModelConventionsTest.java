package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The conventions every model in bpmn/ and form in forms/ keeps (see DEVELOPERS.md): they are
 * what lets staff, process owners and auditors rely on the models.
 */
@AppTest
class ModelConventionsTest {

  private static final Path BPMN = Path.of("bpmn");
  private static final Path FORMS = Path.of("forms");
  private static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_[0-9][0-9a-z]{5,}$");
  private static final Pattern NAMED_ID = Pattern.compile(
      "^(Task|Gateway|Event|Flow|SubProcess|Message|Error|Timer|Signal|Escalation|Process|Collaboration|Participant|Lane|TextAnnotation|Association|DataObject)_[A-Za-z][A-Za-z0-9]*$");

  @Autowired ApplicationContext context;

  @Test
  void processIdIsTheFileName() throws IOException {
    for (Path file : files(BPMN, ".bpmn")) {
      String name = file.getFileName().toString().replace(".bpmn", "");
      assertThat(model(file).getModelElementsByType(Process.class)).as(file.toString())
          .extracting(Process::getId).containsExactly(name);
    }
  }

  @Test
  void everyProcessAndDecisionHasHistoryTimeToLive() throws IOException {
    for (Path file : files(BPMN, ".bpmn")) {
      assertThat(model(file).getModelElementsByType(Process.class)).as(file.toString())
          .allSatisfy(process -> assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank());
    }
    for (Path file : files(BPMN, ".dmn")) {
      assertThat(Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)).as(file.toString())
          .allSatisfy(decision -> assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).isNotBlank());
    }
  }

  @Test
  void everyUserTaskHasCandidateGroupDueDateAndAnExistingForm() throws IOException {
    Set<String> formIds = formIds();
    for (Path file : files(BPMN, ".bpmn")) {
      for (UserTask task : model(file).getModelElementsByType(UserTask.class)) {
        String where = file + " " + task.getId();
        assertThat(task.getCamundaCandidateGroups()).as(where + " candidate group").isNotBlank();
        assertThat(task.getCamundaDueDate()).as(where + " due date").isNotBlank();
        assertThat(task.getCamundaFormRef()).as(where + " form").isIn(formIds);
        assertThat(task.getCamundaFormRefBinding()).as(where + " form binding").isEqualTo("deployment");
      }
    }
  }

  @Test
  void everyExpressionNamesABeanOrAVariable() throws IOException {
    // src/test/resources/legacy: earlier versions orders may still run on after an upgrade
    List<Path> models = new ArrayList<>(files(BPMN, ".bpmn"));
    models.addAll(files(Path.of("src", "test", "resources", "legacy"), ".bpmn"));
    for (Path file : models) {
      String xml = Files.readString(file);
      Matcher delegates = Pattern.compile("delegateExpression=\"\\$\\{([^}]+)}\"").matcher(xml);
      while (delegates.find()) {
        assertThat(context.containsBean(delegates.group(1))).as(file + ": bean " + delegates.group(1)).isTrue();
      }
      Matcher calls = Pattern.compile("\\$\\{([a-zA-Z]+)\\.[a-zA-Z]+\\(").matcher(xml);
      while (calls.find()) {
        String name = calls.group(1);
        if (!Set.of("decisionResult", "execution", "task", "dateTime").contains(name)) {
          assertThat(context.containsBean(name)).as(file + ": bean " + name).isTrue();
        }
      }
    }
  }

  /**
   * A value no flow expects takes the modelled default path (chosen so that a person looks at the
   * case, or nothing irreversible happens), not an incident nobody can read in the diagram; every
   * other flow names its condition.
   */
  @Test
  void everyDecisionGatewayHasADefaultFlowAndConditionsOnTheOthers() throws IOException {
    for (Path file : files(BPMN, ".bpmn")) {
      for (ExclusiveGateway gateway : model(file).getModelElementsByType(ExclusiveGateway.class)) {
        if (gateway.getOutgoing().size() < 2) {
          continue;
        }
        String where = file + " " + gateway.getId();
        assertThat(gateway.getDefault()).as(where + " default flow").isNotNull();
        assertThat(gateway.getDefault().getConditionExpression()).as(where + " default flow has no condition").isNull();
        assertThat(gateway.getOutgoing()).filteredOn(flow -> flow != gateway.getDefault())
            .as(where + " conditions").allSatisfy(flow -> assertThat(flow.getConditionExpression()).isNotNull());
      }
    }
  }

  @Test
  void idsAreNamedAfterWhatTheyDo() throws IOException {
    for (Path file : files(BPMN, ".bpmn")) {
      BpmnModelInstance model = model(file);
      Collection<BaseElement> elements = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
      elements.addAll(model.getModelElementsByType(SequenceFlow.class));
      assertThat(elements).as(file.toString()).allSatisfy(element -> {
        assertThat(element.getId()).doesNotMatch(GENERATED_ID);
        assertThat(element.getId()).matches(NAMED_ID);
      });
    }
  }

  @Test
  void diagramsShowEveryElement() throws IOException {
    for (Path file : files(BPMN, ".bpmn")) {
      BpmnModelInstance model = model(file);
      Set<String> shown = model.getModelElementsByType(BpmnShape.class).stream()
          .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
      Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
          .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
      assertThat(model.getModelElementsByType(FlowNode.class)).as(file + " shapes")
          .allSatisfy(node -> assertThat(shown).contains(node.getId()));
      assertThat(model.getModelElementsByType(SequenceFlow.class)).as(file + " edges")
          .allSatisfy(flow -> assertThat(edges).contains(flow.getId()));
    }
  }

  /**
   * A process owner reads the diagrams: no label lies on another label or on a shape it does not
   * belong to, and no two flows cross (each crossing was removable by routing around).
   */
  @Test
  void diagramsHaveNoOverlappingLabelsAndNoCrossingFlows() throws IOException {
    for (Path file : files(BPMN, ".bpmn")) {
      BpmnModelInstance model = model(file);
      Map<String, Bounds> labels = new LinkedHashMap<>();
      Map<String, Bounds> shapes = new LinkedHashMap<>();
      for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
        shapes.put(shape.getBpmnElement().getId(), shape.getBounds());
        if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
          labels.put(shape.getBpmnElement().getId(), shape.getBpmnLabel().getBounds());
        }
      }
      List<List<Waypoint>> routes = new ArrayList<>();
      List<String> routeIds = new ArrayList<>();
      for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
        routes.add(List.copyOf(edge.getWaypoints()));
        routeIds.add(edge.getBpmnElement().getId());
        if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
          labels.put(edge.getBpmnElement().getId(), edge.getBpmnLabel().getBounds());
        }
      }
      List<String> problems = new ArrayList<>();
      List<String> labelled = List.copyOf(labels.keySet());
      for (int i = 0; i < labelled.size(); i++) {
        for (int j = i + 1; j < labelled.size(); j++) {
          if (overlap(labels.get(labelled.get(i)), labels.get(labelled.get(j)))) {
            problems.add("label of " + labelled.get(i) + " on label of " + labelled.get(j));
          }
        }
        String owner = labelled.get(i);
        Bounds label = labels.get(owner);
        shapes.forEach((id, shape) -> {
          if (!id.equals(owner) && overlap(label, shape) && !inside(label, shape)) {
            problems.add("label of " + owner + " on " + id);
          }
        });
      }
      for (int i = 0; i < routes.size(); i++) {
        for (int j = i + 1; j < routes.size(); j++) {
          if (cross(routes.get(i), routes.get(j))) {
            problems.add(routeIds.get(i) + " crosses " + routeIds.get(j));
          }
        }
      }
      assertThat(problems).as(file.toString()).isEmpty();
    }
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }

  /** A label inside a large shape (a sub-process) is not on it. */
  private static boolean inside(Bounds label, Bounds shape) {
    return shape.getWidth() > 300 && label.getX() >= shape.getX() && label.getY() >= shape.getY()
        && label.getX() + label.getWidth() <= shape.getX() + shape.getWidth()
        && label.getY() + label.getHeight() <= shape.getY() + shape.getHeight();
  }

  /** Two routes cross where segments of both cross properly (touching ends and shared lines do not count). */
  private static boolean cross(List<Waypoint> a, List<Waypoint> b) {
    for (int i = 0; i + 1 < a.size(); i++) {
      for (int j = 0; j + 1 < b.size(); j++) {
        Waypoint p = a.get(i), q = a.get(i + 1), r = b.get(j), s = b.get(j + 1);
        if (side(p, q, r) * side(p, q, s) < 0 && side(r, s, p) * side(r, s, q) < 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static int side(Waypoint p, Waypoint q, Waypoint r) {
    return (int) Math.signum((q.getX() - p.getX()) * (r.getY() - p.getY()) - (q.getY() - p.getY()) * (r.getX() - p.getX()));
  }

  @Test
  void everyFormIdIsItsFileName() throws IOException {
    for (Path file : files(FORMS, ".form")) {
      String id = new ObjectMapper().readTree(file.toFile()).path("id").asText();
      assertThat(file.getFileName().toString()).isEqualTo(id + ".form");
    }
  }

  @Test
  void everyProcessHasATest() throws IOException {
    List<String> testSources;
    try (Stream<Path> paths = Files.walk(Path.of("src/test/java"))) {
      testSources = paths.filter(p -> p.toString().endsWith("Test.java") || p.toString().endsWith("IT.java"))
          .filter(p -> !p.endsWith("ModelConventionsTest.java"))
          .map(ModelConventionsTest::read).toList();
    }
    for (Path file : files(BPMN, ".bpmn")) {
      String id = file.getFileName().toString().replace(".bpmn", "");
      assertThat(testSources).as("a test deploying bpmn/" + id + ".bpmn")
          .anyMatch(source -> source.contains("bpmn/" + id + ".bpmn"));
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> formIds() throws IOException {
    Set<String> ids = new java.util.HashSet<>();
    for (Path file : files(FORMS, ".form")) {
      ids.add(new ObjectMapper().readTree(file.toFile()).path("id").asText());
    }
    return ids;
  }

  private static BpmnModelInstance model(Path file) {
    return Bpmn.readModelFromFile(file.toFile());
  }

  private static List<Path> files(Path folder, String extension) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      List<Path> found = paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
      assertThat(found).as("files in " + folder).isNotEmpty();
      return found;
    }
  }
}
