package org.ordertocash.models;

import java.util.Arrays;

/**
 * A BPMN, DMN or form file with its stable resource name, e.g. {@code bpmn/order-review.bpmn}:
 * the path below the classpath root, the same whether it comes from the jar or target/classes.
 */
public record ModelFile(String name, byte[] content) {

  public boolean isBpmn() {
    return name.endsWith(".bpmn");
  }

  public boolean isDmn() {
    return name.endsWith(".dmn");
  }

  public boolean isForm() {
    return name.endsWith(".form");
  }

  /** The file name without folder and extension: {@code order-review}. */
  public String baseName() {
    String file = name.substring(name.lastIndexOf('/') + 1);
    return file.substring(0, file.lastIndexOf('.'));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelFile file && name.equals(file.name) && Arrays.equals(content, file.content);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
