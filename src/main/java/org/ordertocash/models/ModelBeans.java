package org.ordertocash.models;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.ExposedToModels;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Which Spring beans BPMN and DMN expressions may name (docs/adr/0002): the application's
 * delegates and listeners, used whole ({@code ${reserveStockDelegate}}), and beans marked
 * {@link ExposedToModels}, whose methods may be called. Every other bean is off limits.
 */
@Component
public class ModelBeans {

  /** How a name in an expression relates to the application's beans. */
  public enum Kind {
    /** A delegate or listener of the application: {@code ${name}} only. */
    DELEGATE,
    /** A bean marked {@link ExposedToModels}: its methods may be called. */
    EXPOSED,
    /** A bean models may not use (framework, engine, repositories, ...). */
    OTHER,
    /** No bean of that name: a process variable. */
    NONE
  }

  private static final String APPLICATION_PACKAGE = "org.ordertocash.";

  private final ConfigurableListableBeanFactory factory;
  private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

  public ModelBeans(ConfigurableListableBeanFactory factory) {
    this.factory = factory;
  }

  public Kind kindOf(String name) {
    return kinds.computeIfAbsent(name, this::classify);
  }

  public boolean usableByModels(String name) {
    Kind kind = kindOf(name);
    return kind == Kind.DELEGATE || kind == Kind.EXPOSED;
  }

  /** The bean itself, for the engine's expression resolver; only names {@link #usableByModels}. */
  Object bean(String name) {
    return factory.getBean(name);
  }

  private Kind classify(String name) {
    if (!factory.containsBean(name)) {
      return Kind.NONE;
    }
    if (factory.findAnnotationOnBean(name, ExposedToModels.class, false) != null) {
      return Kind.EXPOSED;
    }
    boolean callback = factory.isTypeMatch(name, JavaDelegate.class)
        || factory.isTypeMatch(name, TaskListener.class)
        || factory.isTypeMatch(name, ExecutionListener.class);
    return callback && definedByApplication(name) ? Kind.DELEGATE : Kind.OTHER;
  }

  /** A bean of an application class, or made by a {@code @Bean} method of one. */
  private boolean definedByApplication(String name) {
    Class<?> type = factory.getType(name, false);
    if (type != null && type.getName().startsWith(APPLICATION_PACKAGE)) {
      return true;
    }
    if (!factory.containsBeanDefinition(name)) {
      return false;
    }
    BeanDefinition definition = factory.getBeanDefinition(name);
    String maker = definition.getFactoryBeanName();
    Class<?> makerType = maker == null ? null : factory.getType(maker, false);
    return makerType != null && makerType.getName().startsWith(APPLICATION_PACKAGE);
  }
}
