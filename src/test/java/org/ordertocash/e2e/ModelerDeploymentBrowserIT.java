package org.ordertocash.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ordertocash.identity.TasklistFilterSetup;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Browser;
import org.ordertocash.support.Modeler;
import org.ordertocash.support.OrderDesk;
import org.ordertocash.support.Tasklist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * paula deploys order-review.bpmn alone, as Camunda Modeler does, with the manager's task renamed;
 * the next order's review is of her version, and mike opens it in Tasklist and works its form.
 * Skipped without Chromium unless OTC_REQUIRE_BROWSER=true (see {@link Browser}).
 */
@DirtiesContext
@AppTest
// English staff: the English forms (forms/en/), task names and texts; ChineseTasklistBrowserIT covers Chinese.
@TestPropertySource(properties = "ordertocash.language=en")
class ModelerDeploymentBrowserIT {

  @RegisterExtension static final Browser browser = Browser.create();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine processEngine;

  @Test
  void aSalesManagerWorksTheFormOfTheVersionAProcessOwnerJustDeployed() {
    Modeler.Answer deployed = Modeler.as("paula", port, processEngine.getName()).deploy("order-review", true,
        Map.of("order-review.bpmn", Modeler.changed("bpmn/order-review.bpmn",
            "<bpmn:userTask id=\"Task_ReviewOrder\" name=\"Review order\"",
            "<bpmn:userTask id=\"Task_ReviewOrder\" name=\"Review the new customer's order\"")));
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    OrderDesk desk = new OrderDesk(rest, tasks);
    String number = desk.enter("sally", "C-1004", "[{\"sku\": \"P-100\", \"quantity\": 2}]");
    Task review = desk.awaitTask(number, "Task_ReviewOrder");
    assertThat(review.getName()).startsWith("Review the new customer's order · " + number + " · ");

    Tasklist tasklist = Tasklist.open(browser.start(), port, processEngine.getName()).logIn("mike", "demo", "Mike Manager");

    assertThat(tasklist.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS).openTask(review.getId()))
        .as("a name the process owner changed shows as written").startsWith("Review the new customer's order · " + number);
    assertThat(tasklist.formShowing("Review order " + number))
        .contains("Shenzhen Newtech").contains("Entered by sally").contains("New customer: yes");
    browser.saveArtifacts("modeler-version-review-form");
    tasklist.claim("Mike Manager", "Review order " + number).choose("Approve").complete(review.getId());

    desk.awaitStatus(number, "CONFIRMED");
  }
}
