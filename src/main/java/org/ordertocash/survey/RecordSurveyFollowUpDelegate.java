package org.ordertocash.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Customer service's follow-up of a low score is kept with the answer. */
@Component
public class RecordSurveyFollowUpDelegate implements JavaDelegate {

  private final SurveyService surveys;

  public RecordSurveyFollowUpDelegate(SurveyService surveys) {
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    surveys.followedUp(SurveyAnswerProcess.SURVEY_TOKEN.require(execution),
        SurveyAnswerProcess.FOLLOW_UP_NOTE.get(execution).toString(), SurveyAnswerProcess.FOLLOWED_UP_BY.get(execution));
  }
}
