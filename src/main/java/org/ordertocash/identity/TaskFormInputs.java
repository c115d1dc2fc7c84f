package org.ordertocash.identity;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The variables a task's Camunda Form submits: the keys of its input fields (a dynamic list or a
 * group with a path submits under its path). Display-only components (text, images) submit
 * nothing. A task without a Camunda Form accepts no variables. Forms of a deployment never
 * change, so each is read once.
 */
final class TaskFormInputs {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator", "button", "iframe");

  private final Map<String, Set<String>> byFormDefinition = new ConcurrentHashMap<>();

  /** The form's name, for messages, and the variables it submits. */
  record Inputs(String form, Set<String> names) {}

  Inputs of(TaskEntity task, CommandContext context) {
    FormDefinition form = task.getTaskDefinition() == null ? null : task.getTaskDefinition().getFormDefinition();
    Expression key = form == null ? null : form.getCamundaFormDefinitionKey();
    if (key == null || task.getProcessDefinition() == null) {
      return new Inputs(null, Set.of());
    }
    String formKey = key.getExpressionText();
    CamundaFormDefinitionEntity definition = "deployment".equals(form.getCamundaFormDefinitionBinding())
        ? context.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(task.getProcessDefinition().getDeploymentId(), formKey)
        : context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formKey);
    if (definition == null) {
      return new Inputs(formKey, Set.of());
    }
    return new Inputs(formKey, byFormDefinition.computeIfAbsent(definition.getId(), id -> read(definition, context)));
  }

  private static Set<String> read(CamundaFormDefinitionEntity definition, CommandContext context) {
    ResourceEntity resource = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
    try {
      Set<String> names = new LinkedHashSet<>();
      collect(JSON.readTree(resource.getBytes()).path("components"), names);
      return Set.copyOf(names);
    } catch (IOException e) {
      throw new IllegalStateException("Form " + definition.getKey() + " is not readable", e);
    }
  }

  static void collect(JsonNode components, Set<String> names) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.hasNonNull("path") && component.path("path").asText().length() > 0) {
        names.add(topLevel(component.path("path").asText()));
      } else if (component.hasNonNull("key") && !DISPLAY_ONLY.contains(type)) {
        names.add(topLevel(component.path("key").asText()));
      } else if (component.has("components")) {
        collect(component.path("components"), names);
      }
    }
  }

  private static String topLevel(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }
}
