package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's decisions evaluate their FEEL with the engine that parses each text once. */
@AppTest
class CachingFeelEngineWiringTest {

  @Autowired ProcessEngine engine;

  @Test
  void decisionsUseTheCachingFeelEngine() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngineFactory().createInstance())
        .isInstanceOf(CachingFeelEngine.class);
  }
}
