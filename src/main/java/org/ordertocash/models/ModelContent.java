package org.ordertocash.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * What one deployed file defines (process ids, decision ids, a form id) and what it refers to
 * (forms, decisions, called processes). Reading never throws: a file that does not parse is
 * {@link #readable()} false and {@link ModelPolicy} says why.
 */
final class ModelContent {

  enum Type { BPMN, DMN, FORM, OTHER }

  enum RefKind { FORM, DECISION, PROCESS }

  /** A reference by key; bound by deployment (must be in the same deployment) or by latest version. */
  record Ref(RefKind kind, String key, boolean boundByDeployment, String elementId) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String resource;
  private final Type type;
  private final Set<String> processes = new LinkedHashSet<>();
  private final Set<String> decisions = new LinkedHashSet<>();
  private final List<Ref> refs = new ArrayList<>();
  private final Set<String> delegates = new java.util.TreeSet<>();
  private String formId;
  private String unreadableBecause;

  private ModelContent(String resource, Type type) {
    this.resource = resource;
    this.type = type;
  }

  static Type typeOf(String resource) {
    String name = resource.toLowerCase();
    if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
      return Type.BPMN;
    }
    if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
      return Type.DMN;
    }
    return name.endsWith(".form") ? Type.FORM : Type.OTHER;
  }

  static ModelContent read(String resource, byte[] bytes) {
    ModelContent content = new ModelContent(resource, typeOf(resource));
    try {
      switch (content.type) {
        case BPMN -> content.readBpmn(Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)), bytes);
        case DMN -> Dmn.readModelFromStream(new ByteArrayInputStream(bytes))
            .getModelElementsByType(Decision.class).forEach(decision -> content.decisions.add(decision.getId()));
        case FORM -> content.formId = formId(bytes);
        case OTHER -> content.unreadableBecause = "is neither a BPMN, a DMN nor a form (.bpmn, .dmn, .form)";
      }
    } catch (RuntimeException | IOException e) {
      content.unreadableBecause = "does not parse: " + rootMessage(e);
    }
    return content;
  }

  private void readBpmn(BpmnModelInstance model, byte[] bytes) {
    collectDelegates(SafeXml.parse(bytes).getDocumentElement());
    model.getModelElementsByType(Process.class).forEach(process -> processes.add(process.getId()));
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      addRef(RefKind.FORM, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), task.getId());
    }
    for (StartEvent event : model.getModelElementsByType(StartEvent.class)) {
      addRef(RefKind.FORM, event.getCamundaFormRef(), event.getCamundaFormRefBinding(), event.getId());
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      addRef(RefKind.DECISION, task.getCamundaDecisionRef(), task.getCamundaDecisionRefBinding(), task.getId());
    }
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      addRef(RefKind.PROCESS, call.getCalledElement(), call.getCamundaCalledElementBinding(), call.getId());
    }
  }

  /** Bean names of {@code ${name}} delegate and listener expressions, wherever they stand. */
  private void collectDelegates(org.w3c.dom.Element element) {
    org.w3c.dom.NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      org.w3c.dom.Node attribute = attributes.item(i);
      String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
      String value = attribute.getNodeValue().trim();
      if (name.endsWith("elegateExpression") && value.matches("[$#]\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}")) {
        delegates.add(value.substring(2, value.length() - 1).trim());
      }
    }
    for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof org.w3c.dom.Element childElement) {
        collectDelegates(childElement);
      }
    }
  }

  private void addRef(RefKind kind, String key, String binding, String elementId) {
    if (key != null && !key.isBlank()) {
      refs.add(new Ref(kind, key.trim(), "deployment".equals(binding), elementId));
    }
  }

  private static String formId(byte[] bytes) throws IOException {
    JsonNode form = JSON.readTree(bytes);
    if (form == null || !form.isObject() || !form.path("id").isTextual() || form.path("id").asText().isBlank()) {
      throw new IOException("a Camunda Form is a JSON object with an \"id\"");
    }
    if (!form.path("components").isArray()) {
      throw new IOException("a Camunda Form has a \"components\" list");
    }
    return form.path("id").asText();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }

  String resource() {
    return resource;
  }

  Type type() {
    return type;
  }

  boolean readable() {
    return unreadableBecause == null;
  }

  String unreadableBecause() {
    return unreadableBecause;
  }

  /** Process ids of a BPMN file. */
  Set<String> processes() {
    return processes;
  }

  /** Decision ids of a DMN file (every decision of a DRD). */
  Set<String> decisions() {
    return decisions;
  }

  /** The id of a form; null for other files. */
  String formId() {
    return formId;
  }

  List<Ref> refs() {
    return refs;
  }

  /** Delegate and listener bean names a BPMN file uses. */
  Set<String> delegates() {
    return delegates;
  }

  /** Static references: {@code ${...}} keys are resolved at run time and cannot be checked here. */
  List<Ref> staticRefs() {
    return refs.stream().filter(ref -> !ref.key().contains("${") && !ref.key().contains("#{")).toList();
  }

  boolean defines(RefKind kind, String key) {
    return switch (kind) {
      case FORM -> key.equals(formId);
      case DECISION -> decisions.contains(key);
      case PROCESS -> processes.contains(key);
    };
  }
}
