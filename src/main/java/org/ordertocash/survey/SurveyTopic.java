package org.ordertocash.survey;

/** What a survey asks about: a delivered order, a settled return, a resolved complaint. */
public enum SurveyTopic {
  DELIVERY, RETURN, COMPLAINT
}
