package org.ordertocash.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * A deployment refused by {@link ModelPolicy}. It is a {@link ParseException}, so Camunda's REST
 * API answers 400 with the message and, under "details", every refused file with its problems
 * and element ids; nothing of the deployment is stored.
 */
public class ModelRefusedException extends ParseException {

  private static final long serialVersionUID = 1L;

  private final List<ModelProblem> problems;

  public ModelRefusedException(List<ModelProblem> problems) {
    super(message(problems), problems.get(0).resource(), List.copyOf(problems.subList(0, 0)), List.of());
    this.problems = List.copyOf(problems);
    this.resorceReports = reports(problems);
  }

  public List<ModelProblem> problems() {
    return problems;
  }

  private static String message(List<ModelProblem> problems) {
    return "Deployment refused, nothing was deployed: "
        + problems.stream().map(ModelProblem::toString).collect(Collectors.joining("; "));
  }

  private static List<ResourceReport> reports(List<ModelProblem> problems) {
    Map<String, List<org.camunda.bpm.engine.Problem>> byResource = new LinkedHashMap<>();
    problems.forEach(problem -> byResource.computeIfAbsent(problem.resource(), name -> new ArrayList<>()).add(problem));
    List<ResourceReport> reports = new ArrayList<>();
    byResource.forEach((resource, errors) -> reports.add(new ResourceReportImpl(resource, errors, List.of())));
    return reports;
  }
}
