package org.ordertocash.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ordertocash.config.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How complaints went in a period: open and resolved, deadlines kept and missed, the root causes found most. */
@Service
public class ComplaintReport {

  private final ComplaintRepository complaints;
  private final Clock clock;

  ComplaintReport(ComplaintRepository complaints, Clock clock) {
    this.complaints = complaints;
    this.clock = clock;
  }

  /** Kept and missed deadlines; pending ones are not due yet or not met yet. */
  public record Sla(long kept, long missed, long pending) {}

  public record Cause(RootCause rootCause, long complaints) {}

  public record Summary(LocalDate from, LocalDate to, String customer, long received, long open, long resolved,
      Sla firstResponse, Sla resolution, List<Cause> topRootCauses) {}

  @Transactional(readOnly = true)
  public Summary summary(LocalDate from, LocalDate to, String customerCode) {
    LocalDate until = to == null ? LocalDate.now(clock) : to;
    LocalDate since = from == null ? until.minusDays(30) : from;
    if (since.isAfter(until)) {
      throw new DomainException.InvalidInput("from", "from (" + since + ") lies after to (" + until + ")");
    }
    Instant start = since.atStartOfDay(clock.getZone()).toInstant();
    Instant end = until.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    List<Complaint> received = customerCode == null
        ? complaints.findByReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderById(start, end)
        : complaints.findByCustomerCodeAndReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderById(customerCode, start, end);
    long resolved = received.stream().filter(c -> c.getStatus() == ComplaintStatus.RESOLVED).count();
    Map<RootCause, Long> causes = received.stream().map(Complaint::getRootCause).filter(Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    List<Cause> top = causes.entrySet().stream()
        .sorted(Map.Entry.<RootCause, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(5).map(e -> new Cause(e.getKey(), e.getValue())).toList();
    return new Summary(since, until, customerCode, received.size(), received.size() - resolved, resolved,
        sla(received, Complaint::firstResponseInTime, Complaint::getFirstResponseDue),
        sla(received, Complaint::resolvedInTime, Complaint::getResolutionDue), top);
  }

  /** A deadline that passed with nothing done counts as missed already. */
  private Sla sla(List<Complaint> complaints, Function<Complaint, Boolean> inTime, Function<Complaint, Instant> due) {
    Instant now = clock.instant();
    long kept = complaints.stream().filter(c -> Boolean.TRUE.equals(inTime.apply(c))).count();
    long missed = complaints.stream().filter(c -> Boolean.FALSE.equals(inTime.apply(c))
        || (inTime.apply(c) == null && due.apply(c) != null && due.apply(c).isBefore(now))).count();
    return new Sla(kept, missed, complaints.size() - kept - missed);
  }
}
