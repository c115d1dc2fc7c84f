package org.ordertocash.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/** On completing "Follow up low score": what the customer said when called and what was done. */
@Component
public class SurveyFollowUpCheck implements TaskListener {

  private final TaskRefusals refusals;

  public SurveyFollowUpCheck(TaskRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    Object note = SurveyAnswerProcess.FOLLOW_UP_NOTE.get(task);
    if (note == null || note.toString().isBlank() || note.toString().length() > SurveyService.MAX_COMMENT) {
      throw refusals.of("surveyFollowUpNote", "surveyFollowUp", SurveyService.MAX_COMMENT);
    }
  }
}
