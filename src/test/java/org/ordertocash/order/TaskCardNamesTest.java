package org.ordertocash.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ordertocash.config.Language;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.OrderDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Tasks in Tasklist's list tell which order, customer and amount they are about, in the company's language. */
@AppTest
class TaskCardNamesTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired TaskCardNames names;

  @Test
  void aReviewTaskNamesItsOrderCustomerAndAmountInChinese() {
    OrderDesk desk = new OrderDesk(rest, taskService);
    String number = desk.enter("sally", "C-1002", "[{\"sku\": \"P-400\", \"quantity\": 2}]");

    Task review = desk.awaitTask(number, "Task_ReviewOrder");

    assertThat(review.getName()).isEqualTo("审核订单 · " + number + " · Beijing Star Retail · ¥918.00");
  }

  @Test
  void aProcessNotAboutAnOrderShowsItsKeyAndNoKeyShowsNothing() {
    assertThat(names.facts("BANK-20261204-1")).isEqualTo("BANK-20261204-1");
    assertThat(names.facts(null)).isNull();
  }

  @Test
  void aNameChangedInModelerShowsAsWrittenAndEnglishKeepsTheModelsNames() {
    assertThat(names.title("Plan shipment")).isEqualTo("安排发货");
    assertThat(names.title("Review the order")).as("not translated yet").isEqualTo("Review the order");

    OrderToCashProperties d = OrderToCashProperties.defaults();
    OrderToCashProperties english = new OrderToCashProperties(d.currency(), d.companyName(), d.mail(), d.outbox(),
        d.demo(), d.tracking(), d.claims(), d.negotiation(), d.shipping(), d.contract(), d.billing(), d.returns(),
        d.surveys(), d.history(), Language.EN, d.timeZone(), d.letterhead(), d.documents(), d.credit());
    assertThat(new TaskCardNames(english, null, null).title("Plan shipment")).isEqualTo("Plan shipment");
  }
}
