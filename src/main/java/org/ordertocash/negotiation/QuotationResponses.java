package org.ordertocash.negotiation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.config.ApiError.FieldError;
import org.ordertocash.document.DocumentService;
import org.ordertocash.identity.AsSystem;
import org.ordertocash.negotiation.QuotationViews.DiffView;
import org.ordertocash.negotiation.QuotationViews.QuotationView;
import org.ordertocash.negotiation.QuotationViews.ResponseView;
import org.ordertocash.negotiation.QuotationViews.VersionView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the customer's answer to the quotation version that awaits one and hands it to the
 * waiting negotiation (message {@value #MESSAGE}, correlated by the order number as business key
 * and the quotation number); reads quotations, their versions and differences for the API.
 *
 * <p>Idempotent: one answer per version (unique in the database). The same answer again is
 * answered with the stored one; a different answer after one was recorded is a conflict.
 */
@Service
public class QuotationResponses {

  public static final String MESSAGE = "QuotationResponse";

  private final QuotationRepository quotations;
  private final QuotationResponseRepository responses;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final Clock clock;

  public QuotationResponses(QuotationRepository quotations, QuotationResponseRepository responses,
      RuntimeService runtimeService, AsSystem asSystem, Clock clock) {
    this.quotations = quotations;
    this.responses = responses;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  public record Recorded(ResponseView response, boolean replayed) {}

  @Transactional
  public Recorded record(String number, QuotationResponseRequest request, String user) {
    Quotation quotation = find(number);
    String fingerprint = fingerprint(request);
    Optional<Recorded> earlier = earlier(quotation, request.version(), fingerprint);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    QuotationVersion version = quotation.version(request.version()).orElseThrow(() -> invalid("version",
        "quotation " + number + " has no version " + request.version()));
    if (version.getStatus() != QuotationStatus.SENT || version != quotation.latest()) {
      throw QuotationErrors.conflict("Quotation " + quotation.reference(version.getVersion()) + " is "
          + version.getStatus() + (version != quotation.latest() ? " and not the latest version" : "")
          + ": it is not awaiting the customer's answer");
    }
    Map<Integer, BigDecimal> counter = validate(request, version);
    QuotationResponse response = responses.saveAndFlush(new QuotationResponse(quotation.getId(), version.getVersion(),
        request.decision(), trimmed(request.reason()), counter, fingerprint, user,
        // as stored (microseconds), so a replayed answer shows the same moment
        clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
    version.changeStatus(switch (request.decision()) {
      case ACCEPT -> QuotationStatus.ACCEPTED;
      case COUNTER -> QuotationStatus.COUNTERED;
      case REJECT -> QuotationStatus.REJECTED;
    });
    try {
      asSystem.run(() -> runtimeService.createMessageCorrelation(MESSAGE)
          .processInstanceBusinessKey(quotation.getOrderNumber())
          .processInstanceVariableEquals("quotationNumber", number)
          .setVariable(NegotiationProcess.CUSTOMER_DECISION.name(), request.decision().name())
          .setVariable(NegotiationProcess.CUSTOMER_REASON.name(), trimmed(request.reason()))
          .setVariable(NegotiationProcess.RESPONDED_VERSION.name(), version.getVersion())
          .setVariable(NegotiationProcess.ANSWER_RECORDED_BY.name(), user)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw QuotationErrors.conflict("The negotiation of order " + quotation.getOrderNumber()
          + " is not waiting for an answer to quotation " + number);
    }
    return new Recorded(QuotationViews.response(quotation, response), false);
  }

  /** After a concurrent request recorded its answer first (unique constraint): the same rule. */
  @Transactional(readOnly = true)
  public Recorded afterRace(String number, QuotationResponseRequest request) {
    return earlier(find(number), request.version(), fingerprint(request))
        .orElseThrow(() -> QuotationErrors.conflict("An answer to quotation " + number + " was recorded at the same moment"));
  }

  private Optional<Recorded> earlier(Quotation quotation, int version, String fingerprint) {
    return responses.findByQuotationIdAndVersion(quotation.getId(), version).map(stored -> {
      if (!stored.getFingerprint().equals(fingerprint)) {
        throw QuotationErrors.conflict("The customer's answer to " + quotation.reference(version)
            + " was already recorded (" + stored.getDecision() + " by " + stored.getRecordedBy()
            + "); a different answer cannot replace it");
      }
      return new Recorded(QuotationViews.response(quotation, stored), true);
    });
  }

  private static Map<Integer, BigDecimal> validate(QuotationResponseRequest request, QuotationVersion version) {
    List<FieldError> errors = new ArrayList<>();
    Map<Integer, BigDecimal> counter = new TreeMap<>();
    List<QuotationResponseRequest.Line> lines = request.linesOrEmpty();
    Set<Integer> known = new HashSet<>();
    version.getLines().forEach(line -> known.add(line.getLineNo()));
    switch (request.decision()) {
      case ACCEPT -> {
        if (!lines.isEmpty()) {
          errors.add(new FieldError("lines", "an acceptance takes the quoted prices; send a COUNTER to propose others"));
        }
      }
      case COUNTER -> {
        if (lines.isEmpty()) {
          errors.add(new FieldError("lines", "a counter-offer needs the customer's price for at least one line"));
        }
        for (int i = 0; i < lines.size(); i++) {
          QuotationResponseRequest.Line line = lines.get(i);
          if (!known.contains(line.lineNo())) {
            errors.add(new FieldError("lines[" + i + "].lineNo", "the quotation has no line " + line.lineNo()));
          } else if (counter.put(line.lineNo(), line.unitPrice().setScale(2)) != null) {
            errors.add(new FieldError("lines[" + i + "].lineNo", "line " + line.lineNo() + " is given twice"));
          }
        }
      }
      case REJECT -> {
        if (!lines.isEmpty()) {
          errors.add(new FieldError("lines", "a rejection carries no prices; send a COUNTER to propose prices"));
        }
        if (trimmed(request.reason()) == null) {
          errors.add(new FieldError("reason", "is required: why the customer rejects the quotation"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidQuotationResponseException(errors);
    }
    return counter;
  }

  /** Same decision, version, prices and reason = the same answer. */
  static String fingerprint(QuotationResponseRequest request) {
    StringBuilder text = new StringBuilder().append(request.decision()).append('|').append(request.version()).append('|');
    new TreeMap<Integer, String>(request.linesOrEmpty().stream().collect(java.util.stream.Collectors.toMap(
        QuotationResponseRequest.Line::lineNo, l -> l.unitPrice().stripTrailingZeros().toPlainString(), (a, b) -> a + "," + b)))
        .forEach((lineNo, price) -> text.append(lineNo).append('=').append(price).append(';'));
    text.append('|').append(Optional.ofNullable(trimmed(request.reason())).orElse(""));
    return DocumentService.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static InvalidQuotationResponseException invalid(String field, String message) {
    return new InvalidQuotationResponseException(List.of(new FieldError(field, message)));
  }

  // --- reading ----------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public QuotationView view(String number) {
    return QuotationViews.quotation(find(number));
  }

  @Transactional(readOnly = true)
  public List<VersionView> versions(String number) {
    Quotation quotation = find(number);
    Map<Integer, QuotationResponse> answers = new TreeMap<>();
    responses.findByQuotationIdOrderByVersion(quotation.getId()).forEach(r -> answers.put(r.getVersion(), r));
    return quotation.getVersions().stream()
        .map(v -> QuotationViews.version(quotation, v, answers.get(v.getVersion()))).toList();
  }

  @Transactional(readOnly = true)
  public DiffView diff(String number, int from, int to) {
    Quotation quotation = find(number);
    return QuotationViews.diff(quotation, versionOrNotFound(quotation, from), versionOrNotFound(quotation, to));
  }

  private static QuotationVersion versionOrNotFound(Quotation quotation, int version) {
    return quotation.version(version)
        .orElseThrow(() -> QuotationErrors.notFound("Quotation " + quotation.getNumber() + " has no version " + version));
  }

  private Quotation find(String number) {
    return quotations.findByNumber(number).orElseThrow(() -> QuotationErrors.notFound("No quotation " + number));
  }
}
