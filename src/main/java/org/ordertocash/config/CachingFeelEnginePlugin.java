package org.ordertocash.config;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Decisions evaluate their FEEL with {@link CachingFeelEngine} (each text parsed once per engine). */
@Component
public class CachingFeelEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    CachingFeelEngine engine = new CachingFeelEngine();
    FeelEngineFactory factory = () -> engine;
    dmn.setFeelEngineFactory(factory);
    configuration.setDmnEngineConfiguration(dmn);
  }
}
