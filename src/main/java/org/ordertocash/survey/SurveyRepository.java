package org.ordertocash.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SurveyRepository extends JpaRepository<Survey, Long> {

  @Query("select s from Survey s where s.token = :token")
  Optional<Survey> findByToken(String token);

  @Query("select s from Survey s where s.topic = :topic and s.reference = :reference")
  Optional<Survey> findByTopicAndReference(SurveyTopic topic, String reference);

  @Query("select s from Survey s where s.sentAt >= :from and s.sentAt < :to order by s.id")
  List<Survey> findBySentAtGreaterThanEqualAndSentAtLessThanOrderById(Instant from, Instant to);

  @Query("select s from Survey s where s.customerCode = :customerCode and s.sentAt >= :from and s.sentAt < :to order by s.id")
  List<Survey> findByCustomerCodeAndSentAtGreaterThanEqualAndSentAtLessThanOrderById(String customerCode, Instant from,
      Instant to);

  /** Records the answer unless one is there already; 1 when this answer counts, 0 when it came second. */
  @Modifying
  @Query("update Survey s set s.score = :score, s.comment = :comment, s.answeredAt = :at"
      + " where s.token = :token and s.answeredAt is null")
  int answer(String token, int score, String comment, Instant at);
}
