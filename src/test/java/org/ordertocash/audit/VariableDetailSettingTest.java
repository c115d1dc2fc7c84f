package org.ordertocash.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.junit.jupiter.api.Test;
import org.ordertocash.config.OrderToCashProperties;
import org.springframework.context.ApplicationEventPublisher;

/**
 * {@code ordertocash.history.variable-detail}: off, the engine's history is written by
 * {@link HistoryWithoutVariableDetail} in place of its own writer; on, by its own writer. The
 * audit trail's handler is there either way.
 */
class VariableDetailSettingTest {

  @Test
  void offByDefaultTheHistoryIsWrittenWithoutVariableDetail() {
    ProcessEngineConfigurationImpl configuration = configuredWith(OrderToCashProperties.defaults());

    assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isFalse();
    assertThat(configuration.getCustomHistoryEventHandlers())
        .hasExactlyElementsOfTypes(HistoryWithoutVariableDetail.class, EngineHistoryAudit.class);
    assertThat(new HistoryWithoutVariableDetail()).isInstanceOf(DbHistoryEventHandler.class);
  }

  @Test
  void onTheEnginesOwnWriterKeepsEveryChange() {
    OrderToCashProperties d = OrderToCashProperties.defaults();
    OrderToCashProperties withDetail = new OrderToCashProperties(d.currency(), d.companyName(), d.mail(), d.outbox(),
        d.demo(), d.tracking(), d.claims(), d.negotiation(), d.shipping(), d.contract(), d.billing(), d.returns(),
        d.surveys(), new OrderToCashProperties.History(null, null, true), d.language(), d.timeZone(), d.letterhead(),
        d.documents(), d.credit());

    ProcessEngineConfigurationImpl configuration = configuredWith(withDetail);

    assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isTrue();
    assertThat(configuration.getCustomHistoryEventHandlers()).hasExactlyElementsOfTypes(EngineHistoryAudit.class);
  }

  private static ProcessEngineConfigurationImpl configuredWith(OrderToCashProperties properties) {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    new AuditEnginePlugin(mock(AuditTrail.class), mock(ApplicationEventPublisher.class), properties)
        .preInit(configuration);
    return configuration;
  }
}
