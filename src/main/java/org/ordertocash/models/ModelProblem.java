package org.ordertocash.models;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/** Why a deployed file is refused: the file, the element (id, if the problem has one) and what is wrong. */
public record ModelProblem(String resource, String elementId, String message) implements Problem {

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public int getLine() {
    return -1;
  }

  @Override
  public int getColumn() {
    return -1;
  }

  @Override
  public String getMainElementId() {
    return elementId;
  }

  @Override
  public List<String> getElementIds() {
    return elementId == null ? List.of() : List.of(elementId);
  }

  @Override
  public String toString() {
    return resource + (elementId == null ? "" : " " + elementId) + ": " + message;
  }
}
