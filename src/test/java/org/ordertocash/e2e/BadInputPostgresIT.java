package org.ordertocash.e2e;

import org.junit.jupiter.api.extension.ExtendWith;
import org.ordertocash.order.BadInputCases;
import org.ordertocash.support.LocalPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link BadInputCases} on PostgreSQL (a database of its own), where NUL and overlong values fail differently than on H2. */
@ExtendWith(LocalPostgres.PerTestClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=1000"})
@ActiveProfiles({"postgres", "dev"})
@DirtiesContext
class BadInputPostgresIT extends BadInputCases {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    LocalPostgres.datasourceFor(registry);
  }
}
