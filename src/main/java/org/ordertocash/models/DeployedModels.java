package org.ordertocash.models;

import java.util.List;

import org.ordertocash.models.ModelContent.RefKind;

/** What the engine already has deployed, as {@link DeploymentCompletion} and {@link ModelPolicy} need it. */
interface DeployedModels {

  /** A stored file of a deployment. */
  record DeployedFile(String deploymentId, String name, byte[] bytes) {}

  /** The file of the newest deployed version of this process, decision or form; null if there is none. */
  DeployedFile latest(RefKind kind, String key);

  /** The process keys whose newest version binds this decision or form by deployment. */
  List<String> processesBinding(RefKind kind, String key);

  /** Whether a candidate group of this id exists. */
  boolean groupExists(String groupId);

  /** Whether any version of this process is deployed. */
  boolean processExists(String key);

  /** The delegate and listener beans the application's own versions of this process use. */
  java.util.Set<String> applicationDelegates(String processKey);
}
