package org.ordertocash.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ordertocash.config.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How satisfied customers were with what was sent in a period: the average score and the response
 * rate per month, customer class and complaint category, each with the counts behind it.
 */
@Service
public class SatisfactionReport {

  private final SurveyRepository surveys;
  private final Clock clock;

  SatisfactionReport(SurveyRepository surveys, Clock clock) {
    this.surveys = surveys;
    this.clock = clock;
  }

  /** One group: surveys sent and answered, the share answered (0–1) and the average score (null without answers). */
  public record Figures(String group, long sent, long answered, BigDecimal responseRate, BigDecimal averageScore) {}

  public record Summary(LocalDate from, LocalDate to, String customer, Figures total, List<Figures> byMonth,
      List<Figures> byCustomerClass, List<Figures> byComplaintCategory) {}

  @Transactional(readOnly = true)
  public Summary summary(LocalDate from, LocalDate to, String customerCode) {
    LocalDate until = to == null ? LocalDate.now(clock) : to;
    LocalDate since = from == null ? until.withDayOfMonth(1).minusMonths(11) : from;
    if (since.isAfter(until)) {
      throw new DomainException.InvalidInput("from", "from (" + since + ") lies after to (" + until + ")");
    }
    Instant start = since.atStartOfDay(clock.getZone()).toInstant();
    Instant end = until.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    List<Survey> sent = customerCode == null
        ? surveys.findBySentAtGreaterThanEqualAndSentAtLessThanOrderById(start, end)
        : surveys.findByCustomerCodeAndSentAtGreaterThanEqualAndSentAtLessThanOrderById(customerCode, start, end);
    return new Summary(since, until, customerCode, figures("all", sent),
        grouped(sent, s -> YearMonth.from(s.getSentAt().atZone(clock.getZone())).toString()),
        grouped(sent, Survey::getCustomerClass),
        grouped(sent.stream().filter(s -> s.getComplaintCategory() != null).toList(), Survey::getComplaintCategory));
  }

  private static List<Figures> grouped(List<Survey> surveys, Function<Survey, String> key) {
    Map<String, List<Survey>> groups = surveys.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    return groups.entrySet().stream().map(e -> figures(e.getKey(), e.getValue())).toList();
  }

  private static Figures figures(String group, List<Survey> surveys) {
    List<Integer> scores = surveys.stream().map(Survey::getScore).filter(s -> s != null).toList();
    BigDecimal rate = surveys.isEmpty() ? null
        : BigDecimal.valueOf(scores.size()).divide(BigDecimal.valueOf(surveys.size()), 4, RoundingMode.HALF_UP);
    BigDecimal average = scores.isEmpty() ? null : BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    return new Figures(group, surveys.size(), scores.size(), rate, average);
  }
}
