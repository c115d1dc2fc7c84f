package org.ordertocash.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/** On completing "Follow up low score": what the customer said when called and what was done. */
@Component
public class SurveyFollowUpCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object note = SurveyAnswerProcess.FOLLOW_UP_NOTE.get(task);
    if (note == null || note.toString().isBlank() || note.toString().length() > SurveyService.MAX_COMMENT) {
      throw TaskRefusal.of("surveyFollowUpNote", "Note what the customer said and what was done (at most "
          + SurveyService.MAX_COMMENT + " characters)");
    }
  }
}
