package org.ordertocash.survey;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/** The contract of bpmn/survey-answer.bpmn: one per answer; a low score goes to customer service. */
public final class SurveyAnswerProcess {

  public static final String KEY = "survey-answer";
  public static final String FOLLOW_UP = "Task_FollowUpLowScore";

  public static final ProcessVariable<Integer> SCORE = ProcessVariable.of("score", Integer.class);
  public static final ProcessVariable<String> SURVEY_SUMMARY = ProcessVariable.of("surveySummary", String.class);
  public static final ProcessVariable<String> SURVEY_TOKEN = ProcessVariable.of("surveyToken", String.class);
  public static final ProcessVariable<Object> FOLLOW_UP_NOTE = ProcessVariable.of("surveyFollowUpNote", Object.class);
  public static final ProcessVariable<String> FOLLOWED_UP_BY = ProcessVariable.of("followedUpBy", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY, Set.of(FOLLOW_UP), Set.of(), Set.of(),
      List.of(SCORE, SURVEY_SUMMARY, SURVEY_TOKEN, FOLLOW_UP_NOTE, FOLLOWED_UP_BY));

  private SurveyAnswerProcess() {}
}
