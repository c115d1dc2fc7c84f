package org.ordertocash.config.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * Groups model files into deployments: one per BPMN file, carrying the forms its tasks show
 * and the decisions it binds with {@code decisionRefBinding="deployment"}; those must live in the
 * same deployment to be found. A DMN or form that no process takes along is deployed alone.
 * So a change to a model redeploys that model and what travels with it, nothing else.
 */
public final class DeploymentPlan {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DeploymentPlan() {}

  public record Deployment(String name, List<ModelFile> files) {}

  public static List<Deployment> of(List<ModelFile> files) {
    Map<String, ModelFile> formsById = new HashMap<>();
    Map<String, ModelFile> dmnByDecisionId = new HashMap<>();
    for (ModelFile file : files) {
      if (file.isForm()) {
        formsById.put(formId(file), file);
      } else if (file.isDmn()) {
        Dmn.readModelFromStream(new ByteArrayInputStream(file.content()))
            .getModelElementsByType(Decision.class)
            .forEach(decision -> dmnByDecisionId.put(decision.getId(), file));
      }
    }
    List<Deployment> deployments = new ArrayList<>();
    Set<ModelFile> travelling = new LinkedHashSet<>();
    for (ModelFile file : files) {
      if (!file.isBpmn()) {
        continue;
      }
      Set<ModelFile> content = new LinkedHashSet<>();
      content.add(file);
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
      for (String formId : formRefs(model)) {
        content.add(required(formsById.get(formId), file, "form " + formId));
      }
      for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
        if ("deployment".equals(task.getCamundaDecisionRefBinding()) && task.getCamundaDecisionRef() != null) {
          content.add(required(dmnByDecisionId.get(task.getCamundaDecisionRef()), file,
              "decision " + task.getCamundaDecisionRef()));
        }
      }
      travelling.addAll(content);
      deployments.add(new Deployment(file.baseName(), List.copyOf(content)));
    }
    files.stream().filter(file -> !travelling.contains(file))
        .forEach(file -> deployments.add(new Deployment(file.baseName(), List.of(file))));
    return deployments;
  }

  private static Set<String> formRefs(BpmnModelInstance model) {
    Set<String> refs = new LinkedHashSet<>();
    model.getModelElementsByType(UserTask.class).forEach(task -> addStatic(refs, task.getCamundaFormRef()));
    model.getModelElementsByType(StartEvent.class).forEach(event -> addStatic(refs, event.getCamundaFormRef()));
    return refs;
  }

  private static void addStatic(Set<String> refs, String ref) {
    if (ref != null && !ref.contains("${") && !ref.contains("#{")) {
      refs.add(ref);
    }
  }

  private static ModelFile required(ModelFile found, ModelFile bpmn, String what) {
    if (found == null) {
      throw new IllegalStateException(bpmn.name() + " refers to " + what + ", which is in neither bpmn/ nor forms/");
    }
    return found;
  }

  private static String formId(ModelFile form) {
    try {
      String id = JSON.readTree(form.content()).path("id").asText(null);
      if (id == null) {
        throw new IllegalStateException(form.name() + " has no \"id\"");
      }
      return id;
    } catch (IOException e) {
      throw new IllegalStateException(form.name() + " is not valid JSON", e);
    }
  }
}
