package org.ordertocash.config;

import java.time.Duration;
import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code ordertocash.*} in application.yml. */
@ConfigurationProperties("ordertocash")
public record OrderToCashProperties(
    Currency currency,
    String companyName,
    Mail mail,
    Outbox outbox,
    Demo demo,
    Tracking tracking,
    Claims claims,
    Negotiation negotiation,
    Shipping shipping,
    Contract contract,
    Billing billing,
    Returns returns,
    Surveys surveys,
    History history,
    Language language,
    java.time.ZoneId timeZone,
    Letterhead letterhead,
    Documents documents,
    Credit credit) {

  public OrderToCashProperties {
    if (currency == null) currency = Currency.getInstance("CNY");
    if (companyName == null) companyName = "Order-to-Cash";
    if (mail == null) mail = new Mail(null);
    if (outbox == null) outbox = new Outbox(null);
    if (demo == null) demo = new Demo(false);
    if (tracking == null) tracking = new Tracking(null);
    if (claims == null) claims = new Claims(null, null);
    if (negotiation == null) negotiation = new Negotiation(null);
    if (shipping == null) shipping = new Shipping(null, null, null, null, null);
    if (contract == null) contract = new Contract(null, null);
    if (billing == null) billing = new Billing(false, null, null, null);
    if (returns == null) returns = new Returns(null, null);
    if (surveys == null) surveys = new Surveys(null, null);
    if (history == null) history = new History(null, null, false);
    if (language == null) language = Language.ZH_CN;
    if (timeZone == null) timeZone = java.time.ZoneId.of("Asia/Shanghai");
    if (letterhead == null) letterhead = new Letterhead(null, null, null, null, null, null);
    if (documents == null) documents = new Documents(null, null);
    if (credit == null) credit = new Credit(null);
  }

  /** Texts, dates and money in a language, times in the company's time zone. */
  public Labels labels(Language in) {
    return new Labels(in, timeZone);
  }

  /** The seller's name as documents in {@code language} print it: the letterhead's, else {@code companyName}. */
  public String companyName(Language in) {
    String name = letterhead.name().in(in);
    return name == null ? companyName : name;
  }

  /** The company's own language, which staff's forms and task names follow. */
  public Labels labels() {
    return labels(language);
  }

  /** Every setting at its default, as without any {@code ordertocash.*} property. */
  public static OrderToCashProperties defaults() {
    return new OrderToCashProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null);
  }

  public record Mail(String from) {
    public Mail {
      if (from == null) from = "orders@localhost";
    }
  }

  public record Outbox(Duration pollInterval) {
    public Outbox {
      if (pollInterval == null) pollInterval = Duration.ofSeconds(5);
    }
  }

  public record Demo(boolean enabled) {}

  /** Carrier tracking: how far in the future an event's time may lie (clocks differ a little). */
  public record Tracking(Duration clockSkew) {
    public Tracking {
      if (clockSkew == null) clockSkew = Duration.ofMinutes(5);
    }
  }

  /**
   * Carrier claims: the deadline proposed when a claim is opened (days from opening) and how often
   * an unanswered claim's follow-up task is raised again.
   */
  public record Claims(Integer deadlineDays, Duration reminderInterval) {
    public Claims {
      if (deadlineDays == null) deadlineDays = 30;
      if (reminderInterval == null) reminderInterval = Duration.ofDays(7);
    }
  }

  /** {@code quotationValidity}: how long a quotation sent to the customer stays valid (P30D). */
  public record Negotiation(java.time.Period quotationValidity) {
    public Negotiation {
      if (quotationValidity == null) quotationValidity = java.time.Period.ofDays(30);
    }
  }

  /**
   * Transit days from ship date to promised delivery date per shipping method (carrier: per
   * service; any other service counts as standard); deliveries abroad add {@code abroadExtraDays}.
   */
  public record Shipping(Integer ownFleetDays, Integer carrierStandardDays, Integer carrierExpressDays,
      Integer pickupDays, Integer abroadExtraDays) {
    public Shipping {
      if (ownFleetDays == null) ownFleetDays = 1;
      if (carrierStandardDays == null) carrierStandardDays = 3;
      if (carrierExpressDays == null) carrierExpressDays = 1;
      if (pickupDays == null) pickupDays = 0;
      if (abroadExtraDays == null) abroadExtraDays = 4;
    }
  }

  /**
   * Contract signing: a reminder to the customer every {@code reminderInterval} while the
   * signature is outstanding; unsigned after {@code signatureDeadline} the contract expires.
   */
  public record Contract(Duration reminderInterval, Duration signatureDeadline) {
    public Contract {
      if (reminderInterval == null) reminderInterval = Duration.ofDays(3);
      if (signatureDeadline == null) signatureDeadline = Duration.ofDays(14);
    }
  }

  /**
   * Invoicing: whether the prices on orders include VAT (then an invoice line's net amount is
   * worked back from its gross) or not (VAT is added on top). Default: prices without VAT.
   * An order paid in advance (terms PREPAID) is invoiced before shipment and due after
   * {@code prepaymentDeadline}; unpaid then, it is cancelled. The customer is reminded after
   * {@code prepaymentReminder}. Payments in a currency of {@code foreignCurrencies} are accepted and
   * booked at what the bank credited in the company's currency; any other foreign currency is refused.
   */
  public record Billing(boolean pricesIncludeTax, java.time.Period prepaymentDeadline,
      java.time.Period prepaymentReminder, java.util.List<String> foreignCurrencies) {
    public Billing {
      foreignCurrencies = foreignCurrencies == null ? java.util.List.of() : java.util.List.copyOf(foreignCurrencies);
      if (prepaymentDeadline == null) prepaymentDeadline = java.time.Period.ofDays(7);
      if (prepaymentReminder == null) prepaymentReminder = java.time.Period.ofDays(3);
    }
  }

  /**
   * Returns: how long an RMA waits for the goods before it is closed ({@code receiveWithin}, 14
   * days) and the warehouse that takes back goods to restock.
   */
  public record Returns(Duration receiveWithin, String warehouse) {
    public Returns {
      if (receiveWithin == null) receiveWithin = Duration.ofDays(14);
      if (warehouse == null) warehouse = "WH-SH";
    }
  }

  /**
   * Satisfaction surveys: how long a survey's link can be answered ({@code validFor}, 30 days) and
   * the address customers reach this application at ({@code publicUrl}), for the link.
   */
  public record Surveys(Duration validFor, String publicUrl) {
    public Surveys {
      if (validFor == null) validFor = Duration.ofDays(30);
      if (publicUrl == null) publicUrl = "http://localhost:8080";
    }
  }

  /**
   * How long the engine keeps each process's history (ADR 0017): {@code timeToLive} for every
   * process (ten years), {@code processes} for one by its key. Applied to every version of every
   * process definition at deployment and at start-up, whatever the model itself says.
   * {@code variableDetail}: whether Camunda also writes a row per variable change to ACT_HI_DETAIL;
   * off by default, the audit trail records each change (ADR 0024).
   */
  public record History(java.time.Period timeToLive, java.util.Map<String, java.time.Period> processes,
      boolean variableDetail) {
    public History {
      if (timeToLive == null) timeToLive = java.time.Period.ofDays(3650);
      processes = processes == null ? java.util.Map.of() : java.util.Map.copyOf(processes);
    }

    /** The time to live in whole days (the engine's unit) for a process key. */
    public int daysFor(String processKey) {
      java.time.Period period = processes.getOrDefault(processKey, timeToLive);
      return (int) java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.EPOCH,
          java.time.LocalDate.EPOCH.plus(period));
    }
  }

  /** A text in both languages; a missing one falls back to the other. */
  public record Localized(String zh, String en) {
    public String in(Language language) {
      String text = language == Language.EN ? en : zh;
      return text == null || text.isBlank() ? (language == Language.EN ? zh : en) : text;
    }
  }

  /**
   * What heads every document: the seller's name, address, tax id (统一社会信用代码), bank and
   * account, and a logo (a PNG or JPEG file, or {@code classpath:} resource; none when empty).
   */
  public record Letterhead(Localized name, Localized address, String taxId, Localized bank, String bankAccount,
      String logo) {
    public Letterhead {
      if (name == null) name = new Localized(null, null);
      if (address == null) address = new Localized(null, null);
      if (bank == null) bank = new Localized(null, null);
    }
  }

  /**
   * The font documents are set in: a TrueType file or collection with Chinese glyphs ({@code font})
   * and, in a collection, the font's PostScript name ({@code fontName}). Default: WenQuanYi Zen
   * Hei from Debian's fonts-wqy-zenhei.
   */
  public record Documents(String font, String fontName) {
    public Documents {
      if (font == null) font = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
      if (fontName == null) fontName = "WenQuanYiZenHei";
    }
  }

  /**
   * Credit limits: an increase by more than {@code approvalAbove} (in the company's currency) waits
   * for finance and a sales manager (credit-limit-increase.bpmn); smaller changes apply at once.
   */
  public record Credit(java.math.BigDecimal approvalAbove) {
    public Credit {
      if (approvalAbove == null) approvalAbove = new java.math.BigDecimal("50000");
    }
  }
}
