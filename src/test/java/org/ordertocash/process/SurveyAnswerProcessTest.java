package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.TaskRefusals;
import org.ordertocash.survey.SurveyAnswerProcess;
import org.ordertocash.survey.SurveyFollowUpCheck;

/** bpmn/survey-answer.bpmn: scores of 1 and 2 go to customer service, 3 to 5 are only recorded. */
@Deployment(resources = {"bpmn/survey-answer.bpmn", "forms/follow-up-survey.form"})
class SurveyAnswerProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(ProcessCoverage.MINIMUM).build();

  RecordingDelegate record;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    record = RecordingDelegate.register("recordSurveyFollowUpDelegate");
    Mocks.register("surveyFollowUpCheck", new SurveyFollowUpCheck(new TaskRefusals(OrderToCashProperties.defaults())));
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  ProcessInstance answered(int score) {
    return runtimeService().startProcessInstanceByKey(SurveyAnswerProcess.KEY, "SO-1",
        Map.of("score", score, "surveySummary", "C-1 gave " + score, "surveyToken", "t0k3n"));
  }

  @ParameterizedTest(name = "score {0}")
  @ValueSource(ints = {1, 2})
  void aLowScoreIsFollowedUpByCustomerService(int score) {
    ProcessInstance pi = answered(score);
    assertThat(pi).isWaitingAt(SurveyAnswerProcess.FOLLOW_UP);
    assertThat(task(SurveyAnswerProcess.FOLLOW_UP, pi)).hasCandidateGroup("customer-service");

    TaskCompletion.as("carol", task(SurveyAnswerProcess.FOLLOW_UP, pi),
        Map.of("surveyFollowUpNote", "Delivery was late; voucher offered"));

    assertThat(pi).isEnded().hasPassed("Task_RecordFollowUp", "Event_FollowedUp");
    Assertions.assertThat(record.lastCall()).containsEntry("followedUpBy", "carol");
  }

  @ParameterizedTest(name = "score {0}")
  @ValueSource(ints = {3, 4, 5})
  void otherScoresAreOnlyRecorded(int score) {
    assertThat(answered(score)).isEnded().hasPassed("Event_AnswerRecorded").hasNotPassed(SurveyAnswerProcess.FOLLOW_UP);
  }

  @Test
  void aFollowUpNeedsANote() {
    ProcessInstance pi = answered(1);

    assertThatThrownBy(() -> TaskCompletion.as("carol", task(SurveyAnswerProcess.FOLLOW_UP, pi),
        Map.of("surveyFollowUpNote", " "))).hasMessageContaining("客户所说的话");
  }
}
