package org.ordertocash.models;

import java.util.AbstractMap;
import java.util.Set;

/**
 * The beans the engine's expressions see at run time: only {@link ModelBeans#usableByModels}.
 * The engine asks {@code containsKey} and {@code get} by name; it never lists them.
 */
final class ModelBeanMap extends AbstractMap<Object, Object> {

  private final ModelBeans beans;

  ModelBeanMap(ModelBeans beans) {
    this.beans = beans;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && beans.usableByModels(name);
  }

  @Override
  public Object get(Object key) {
    return containsKey(key) ? beans.bean((String) key) : null;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    return Set.of();
  }
}
