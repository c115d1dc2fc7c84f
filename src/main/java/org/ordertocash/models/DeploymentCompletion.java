package org.ordertocash.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ordertocash.models.DeployedModels.DeployedFile;
import org.ordertocash.models.ModelContent.Ref;
import org.ordertocash.models.ModelContent.RefKind;

/**
 * Which deployed files a new deployment needs to be a whole version (docs/adr/0001):
 * <ol>
 *   <li>for a decision or form it brings, the newest version of every process that binds it by
 *       deployment (so a table deployed alone takes effect for new instances);</li>
 *   <li>for every process in it, the forms and decisions it binds by deployment and lacks.</li>
 * </ol>
 * Files are taken from the newest deployed version of what they define.
 */
final class DeploymentCompletion {

  private final DeployedModels deployed;
  private final Map<String, ModelContent> contents = new LinkedHashMap<>();
  private final List<DeployedFile> additions = new ArrayList<>();

  private DeploymentCompletion(DeployedModels deployed) {
    this.deployed = deployed;
  }

  /** The files to add to a deployment of {@code sent} (resource name to content). */
  static List<DeployedFile> additions(Map<String, byte[]> sent, DeployedModels deployed) {
    DeploymentCompletion completion = new DeploymentCompletion(deployed);
    sent.forEach((name, bytes) -> completion.contents.put(name, ModelContent.read(name, bytes)));
    completion.addProcessesUsingWhatWasSent();
    completion.addWhatProcessesLack();
    return completion.additions;
  }

  private void addProcessesUsingWhatWasSent() {
    for (ModelContent sentFile : List.copyOf(contents.values())) {
      sentFile.decisions().forEach(decision -> addProcessesBinding(RefKind.DECISION, decision));
      if (sentFile.formId() != null) {
        addProcessesBinding(RefKind.FORM, sentFile.formId());
      }
    }
  }

  private void addProcessesBinding(RefKind kind, String key) {
    for (String process : deployed.processesBinding(kind, key)) {
      if (!defined(RefKind.PROCESS, process)) {
        add(deployed.latest(RefKind.PROCESS, process));
      }
    }
  }

  private void addWhatProcessesLack() {
    boolean added = true;
    while (added) {
      added = false;
      for (ModelContent file : List.copyOf(contents.values())) {
        for (Ref ref : file.staticRefs()) {
          if (ref.boundByDeployment() && ref.kind() != RefKind.PROCESS && !defined(ref.kind(), ref.key())) {
            added |= add(deployed.latest(ref.kind(), ref.key()));
          }
        }
      }
    }
  }

  private boolean add(DeployedFile file) {
    if (file == null || contents.containsKey(file.name())) {
      return false;
    }
    contents.put(file.name(), ModelContent.read(file.name(), file.bytes()));
    additions.add(file);
    return true;
  }

  private boolean defined(RefKind kind, String key) {
    return contents.values().stream().anyMatch(content -> content.defines(kind, key));
  }
}
