package org.ordertocash.survey;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One satisfaction survey sent to a customer, and the answer once it came (answered once only). */
@Entity
@Table(name = "survey")
public class Survey {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String token;
  @Enumerated(EnumType.STRING)
  private SurveyTopic topic;
  private String reference;
  private String orderNumber;
  private String customerCode;
  private String customerClass;
  private String complaintCategory;
  private Instant sentAt;
  private Instant expiresAt;
  private Integer score;
  private String comment;
  private Instant answeredAt;
  private String followUpNote;
  private String followedUpBy;

  protected Survey() {}

  @SuppressWarnings("java:S107") // what the survey asks about and whom
  Survey(String token, SurveyTopic topic, String reference, String orderNumber, String customerCode,
      String customerClass, String complaintCategory, Instant sentAt, Instant expiresAt) {
    this.token = token;
    this.topic = topic;
    this.reference = reference;
    this.orderNumber = orderNumber;
    this.customerCode = customerCode;
    this.customerClass = customerClass;
    this.complaintCategory = complaintCategory;
    this.sentAt = sentAt;
    this.expiresAt = expiresAt;
  }

  void followedUp(String note, String user) {
    if (followedUpBy == null) {
      followUpNote = note;
      followedUpBy = user;
    }
  }

  public String getToken() { return token; }
  public SurveyTopic getTopic() { return topic; }
  public String getReference() { return reference; }
  public String getOrderNumber() { return orderNumber; }
  public String getCustomerCode() { return customerCode; }
  public String getCustomerClass() { return customerClass; }
  public String getComplaintCategory() { return complaintCategory; }
  public Instant getSentAt() { return sentAt; }
  public Instant getExpiresAt() { return expiresAt; }
  public Integer getScore() { return score; }
  public String getComment() { return comment; }
  public Instant getAnsweredAt() { return answeredAt; }
  public String getFollowUpNote() { return followUpNote; }
  public String getFollowedUpBy() { return followedUpBy; }
}
