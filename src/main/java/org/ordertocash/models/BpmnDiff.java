package org.ordertocash.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Added, removed and changed BPMN elements between two versions of a process, by element id.
 * An element's properties are its attributes and everything nested in it that has no id of its
 * own (conditions, timers, listeners, input/output mappings), e.g. {@code camunda:dueDate} or
 * {@code conditionExpression}. The diagram's layout is not compared.
 */
final class BpmnDiff {

  /** One element: id, BPMN type, name and what changed (all properties if added or removed). */
  record ElementChange(String id, String type, String name, List<PropertyChange> changes) {}

  record PropertyChange(String property, String from, String to) {}

  record Result(List<ElementChange> added, List<ElementChange> removed, List<ElementChange> changed) {}

  private static final Set<String> DIAGRAM_NAMESPACES = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
      "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI");
  private static final Set<String> REFERENCES_ONLY = Set.of("incoming", "outgoing");

  private BpmnDiff() {}

  static Result diff(byte[] from, byte[] to) {
    Map<String, Element> before = elementsById(from);
    Map<String, Element> after = elementsById(to);
    List<ElementChange> added = new ArrayList<>();
    List<ElementChange> removed = new ArrayList<>();
    List<ElementChange> changed = new ArrayList<>();
    for (Map.Entry<String, Element> entry : after.entrySet()) {
      Element old = before.get(entry.getKey());
      Map<String, String> now = properties(entry.getValue());
      if (old == null) {
        added.add(change(entry.getValue(), compare(Map.of(), now)));
      } else {
        List<PropertyChange> changes = compare(properties(old), now);
        if (!changes.isEmpty()) {
          changed.add(change(entry.getValue(), changes));
        }
      }
    }
    before.forEach((id, element) -> {
      if (!after.containsKey(id)) {
        removed.add(change(element, compare(properties(element), Map.of())));
      }
    });
    return new Result(added, removed, changed);
  }

  private static ElementChange change(Element element, List<PropertyChange> changes) {
    String name = element.getAttribute("name");
    return new ElementChange(element.getAttribute("id"), element.getLocalName(), name.isEmpty() ? null : name, changes);
  }

  private static List<PropertyChange> compare(Map<String, String> from, Map<String, String> to) {
    Set<String> keys = new LinkedHashSet<>(from.keySet());
    keys.addAll(to.keySet());
    List<PropertyChange> changes = new ArrayList<>();
    for (String key : keys) {
      if (!Objects.equals(from.get(key), to.get(key))) {
        changes.add(new PropertyChange(key, from.get(key), to.get(key)));
      }
    }
    return changes;
  }

  private static Map<String, Element> elementsById(byte[] bytes) {
    Map<String, Element> elements = new LinkedHashMap<>();
    collect(SafeXml.parse(bytes).getDocumentElement(), elements);
    return elements;
  }

  private static void collect(Element element, Map<String, Element> elements) {
    if (DIAGRAM_NAMESPACES.contains(String.valueOf(element.getNamespaceURI()))) {
      return;
    }
    if (element.hasAttribute("id") && element.getParentNode() instanceof Element) {
      elements.put(element.getAttribute("id"), element);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        collect(childElement, elements);
      }
    }
  }

  /** The element's attributes (not its id) and what is nested in it without an id of its own. */
  private static Map<String, String> properties(Element element) {
    Map<String, String> properties = new LinkedHashMap<>();
    attributes(element, "", properties);
    nested(element, "", properties);
    return properties;
  }

  private static void nested(Element element, String path, Map<String, String> properties) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (!(child instanceof Element nestedElement) || nestedElement.hasAttribute("id")
          || REFERENCES_ONLY.contains(nestedElement.getLocalName())
          || DIAGRAM_NAMESPACES.contains(String.valueOf(nestedElement.getNamespaceURI()))) {
        continue;
      }
      String step = qualified(nestedElement) + label(nestedElement);
      int index = seen.merge(step, 1, Integer::sum);
      String childPath = path + (path.isEmpty() ? "" : "/") + step + (index > 1 ? "[" + index + "]" : "");
      attributes(nestedElement, childPath, properties);
      String text = ownText(nestedElement);
      if (!text.isEmpty()) {
        properties.put(childPath, text);
      }
      nested(nestedElement, childPath, properties);
    }
  }

  private static void attributes(Element element, String path, Map<String, String> properties) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name = attribute.getName();
      if (name.equals("id") || name.startsWith("xmlns") || (!path.isEmpty() && name.equals("name"))) {
        continue;
      }
      properties.put(path.isEmpty() ? name : path + "@" + name, attribute.getValue());
    }
  }

  /** Nested elements told apart by their name, e.g. an input parameter: {@code camunda:inputParameter[orderNumber]}. */
  private static String label(Element element) {
    String name = element.getAttribute("name");
    String event = element.getAttribute("event");
    String label = name.isEmpty() ? event : name;
    return label.isEmpty() ? "" : "[" + label + "]";
  }

  private static String qualified(Element element) {
    return element.getPrefix() == null || BpmnRules.BPMN.equals(element.getNamespaceURI())
        ? element.getLocalName() : element.getPrefix() + ":" + element.getLocalName();
  }

  private static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString().trim();
  }
}
