package org.ordertocash.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A task for each form, for looking at the form alone: a process of one user task (candidate group
 * sales) that shows the deployed form of that id, started with sample values for what forms show.
 */
public final class FormSpecimens {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormSpecimens() {}

  /** The ids of the forms in forms/ (the company's language). */
  public static List<String> formIds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".form"))
          .map(name -> name.substring(0, name.length() - ".form".length())).sorted().toList();
    }
  }

  /** src/test/resources/forms/sample-variables.json: lists and objects become Json variables, as the app sets them. */
  public static Map<String, Object> sampleVariables() {
    try (InputStream in = FormSpecimens.class.getResourceAsStream("/forms/sample-variables.json")) {
      Map<String, Object> raw = JSON.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() {});
      Map<String, Object> variables = new LinkedHashMap<>();
      for (Map.Entry<String, Object> entry : raw.entrySet()) {
        Object value = entry.getValue();
        variables.put(entry.getKey(), value instanceof List<?> || value instanceof Map<?, ?>
            ? SpinValues.jsonValue(JSON.writeValueAsString(value)).create() : value);
      }
      return variables;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fields of the form that are required and shown whatever the data (no condition hides them). */
  public static int alwaysRequiredFields(String form) {
    try {
      return count(JSON.readTree(Path.of("forms", form + ".form").toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int count(com.fasterxml.jackson.databind.JsonNode container) {
    int required = 0;
    for (com.fasterxml.jackson.databind.JsonNode component : container.path("components")) {
      if (component.has("conditional") || "dynamiclist".equals(component.path("type").asText())) {
        continue;
      }
      if (component.path("validate").path("required").asBoolean(false)) {
        required++;
      }
      required += count(component);
    }
    return required;
  }

  /** Deploys the one-task process of {@code form}, starts it and answers the task's id. */
  public static String start(ProcessEngine engine, String form, Map<String, Object> variables) {
    return startAll(engine, List.of(form), variables).get(form);
  }

  /** The same for several forms in one deployment: form id → task id. */
  public static Map<String, String> startAll(ProcessEngine engine, List<String> forms, Map<String, Object> variables) {
    var deployment = engine.getRepositoryService().createDeployment().name("form-specimens");
    for (String form : forms) {
      deployment.addModelInstance(key(form) + ".bpmn", Bpmn.createExecutableProcess(key(form)).name("Form specimen " + form)
          .camundaHistoryTimeToLive(1)
          .startEvent()
          .userTask("Task_Specimen").name(form).camundaCandidateGroups("sales")
              .camundaFormRef(form).camundaFormRefBinding("latest").camundaDueDate("${dateTime().plusDays(1).toDate()}")
          .endEvent()
          .done());
    }
    deployment.deploy();
    Map<String, String> tasks = new LinkedHashMap<>();
    for (String form : forms) {
      String instance = engine.getRuntimeService().startProcessInstanceByKey(key(form), "FORM-" + form, variables).getId();
      tasks.put(form, engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId());
    }
    return tasks;
  }

  private static String key(String form) {
    return "form-specimen-" + form;
  }
}
