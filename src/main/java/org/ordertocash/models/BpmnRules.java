package org.ordertocash.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The BPMN rules of docs/adr/0002, checked on the XML itself so that nothing escapes by being
 * in an unusual place: no scripts, Java classes, connectors or HTML forms; delegate expressions
 * name application delegates; every expression passes {@link ExpressionPolicy}; user tasks have
 * an existing candidate group and a due date.
 */
final class BpmnRules {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  private static final String NOT_CODE = "process owners change the business, not code";
  private static final Set<String> PROSE = Set.of("documentation", "text");
  private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression", "variableMappingDelegateExpression");
  private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass", "formHandlerClass");

  private final ExpressionPolicy expressions;
  private final DeployedModels deployed;

  BpmnRules(ExpressionPolicy expressions, DeployedModels deployed) {
    this.expressions = expressions;
    this.deployed = deployed;
  }

  List<ModelProblem> check(String resource, byte[] bytes) {
    List<ModelProblem> problems = new ArrayList<>();
    try {
      walk(SafeXml.parse(bytes).getDocumentElement(), resource, problems);
    } catch (IllegalArgumentException e) {
      problems.add(new ModelProblem(resource, null, "does not parse: " + e.getMessage()));
    }
    return problems;
  }

  private void walk(Element element, String resource, List<ModelProblem> problems) {
    String elementId = nearestId(element);
    Problems here = message -> problems.add(new ModelProblem(resource, elementId, message));
    elementRules(element, here);
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      attributeRules(element, (Attr) attributes.item(i), here);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(childElement, resource, problems);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        if (!PROSE.contains(element.getLocalName())) {
          checkExpressions(child.getNodeValue(), here);
        }
      }
    }
  }

  private void elementRules(Element element, Problems here) {
    String namespace = element.getNamespaceURI();
    String name = element.getLocalName();
    if (BPMN.equals(namespace) && "scriptTask".equals(name)) {
      here.add("script tasks are not allowed: " + NOT_CODE);
    }
    if (CAMUNDA.equals(namespace) && "script".equals(name)) {
      here.add("scripts are not allowed: " + NOT_CODE);
    }
    if (CAMUNDA.equals(namespace) && "connector".equals(name)) {
      here.add("connectors are not allowed: calls out of the application are the application's delegates' job");
    }
    String language = element.getAttribute("language").trim();
    if (BPMN.equals(namespace) && !language.isEmpty() && !"juel".equalsIgnoreCase(language)) {
      here.add("scripts (language=\"" + language + "\") are not allowed: " + NOT_CODE);
    }
    if (BPMN.equals(namespace) && "userTask".equals(name)) {
      userTaskRules(element, here);
    }
  }

  private void userTaskRules(Element task, Problems here) {
    String groups = task.getAttributeNS(CAMUNDA, "candidateGroups").trim();
    if (groups.isEmpty()) {
      here.add("a user task needs a candidate group (camunda:candidateGroups)");
    } else if (!groups.contains("${") && !groups.contains("#{")) {
      Arrays.stream(groups.split(",")).map(String::trim).filter(group -> !group.isEmpty())
          .filter(group -> !deployed.groupExists(group))
          .forEach(group -> here.add("candidate group '" + group + "' does not exist"));
    }
    if (task.getAttributeNS(CAMUNDA, "dueDate").isBlank()) {
      here.add("a user task needs a due date (camunda:dueDate)");
    }
  }

  private void attributeRules(Element element, Attr attribute, Problems here) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI()) || CAMUNDA.equals(element.getNamespaceURI());
    String value = attribute.getValue();
    if (!camunda || "xmlns".equals(attribute.getPrefix())) {
      checkExpressions(value, here);
      return;
    }
    if (CLASS_ATTRIBUTES.contains(name)) {
      here.add("names a Java class (" + value + "); use a delegate expression with an application bean: " + NOT_CODE);
    } else if ("formKey".equals(name)) {
      here.add("embedded and HTML forms (camunda:formKey) are not allowed; use a Camunda Form (camunda:formRef)");
    } else if ("resource".equals(name)) {
      here.add("external script resources are not allowed: " + NOT_CODE);
    } else if (DELEGATE_ATTRIBUTES.contains(name)) {
      String problem = expressions.delegateProblem(value);
      if (problem != null) {
        here.add(problem);
      }
    } else {
      checkExpressions(value, here);
    }
  }

  private void checkExpressions(String text, Problems here) {
    if (text != null && (text.contains("${") || text.contains("#{"))) {
      expressions.problems(text.trim()).forEach(here::add);
    }
  }

  private static String nearestId(Element element) {
    for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
      if (current.hasAttribute("id")) {
        return current.getAttribute("id");
      }
    }
    return null;
  }

  @FunctionalInterface
  private interface Problems {
    void add(String message);
  }
}
