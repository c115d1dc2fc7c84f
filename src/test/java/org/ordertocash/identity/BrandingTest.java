package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordertocash.config.OrderToCashProperties;
import org.springframework.beans.factory.annotation.Autowired;

/** The webapps load our config.js and user-styles.css instead of the shipped ones. */
class BrandingTest extends IdentityWebTestBase {

  @Autowired
  OrderToCashProperties properties;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void configAndUserStylesAreServed(String app) {
    HttpResponse<String> config = send("GET", "/camunda/app/" + app + "/scripts/config.js", null, null, null);
    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body()).contains("vendor: '" + properties.companyName() + "'");
    if (app.equals("tasklist")) {
      assertThat(config.body()).contains("name: 'Tasklist'").contains("shortcuts").contains("claimTask");
    }

    HttpResponse<String> styles = send("GET", "/camunda/app/" + app + "/styles/user-styles.css", null, null, null);
    assertThat(styles.statusCode()).isEqualTo(200);
    assertThat(styles.body()).containsPattern("\\[cam-widget-header\\] \\.ce-eol-banner \\{\\s*display: none !important;");
  }
}
