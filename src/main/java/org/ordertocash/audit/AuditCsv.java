package org.ordertocash.audit;

import java.util.List;

import org.ordertocash.config.Csv;

/** The timeline and search results as spreadsheets: one row per event, or per order found. */
final class AuditCsv {

  private AuditCsv() {}

  static String timeline(AuditTimeline.Timeline timeline) {
    StringBuilder csv = new StringBuilder(
        "seq,at,order,kind,actor,request_id,process_instance,process,activity,summary,details,hash\n");
    for (AuditTimeline.Event e : timeline.events()) {
      csv.append(e.seq()).append(',').append(e.at()).append(',').append(Csv.quoted(timeline.orderNumber())).append(',')
          .append(e.kind()).append(',').append(Csv.quoted(e.actor())).append(',').append(Csv.quoted(e.requestId()))
          .append(',').append(Csv.quoted(e.processInstanceId())).append(',').append(Csv.quoted(e.processKey()))
          .append(',').append(Csv.quoted(e.activityId())).append(',').append(Csv.quoted(e.summary())).append(',')
          .append(Csv.quoted(e.details() == null ? null : e.details().toString())).append(',').append(e.hash())
          .append('\n');
    }
    return csv.toString();
  }

  static String found(List<AuditSearch.Found> orders) {
    StringBuilder csv = new StringBuilder("order,customer,first_at,last_at,status,manager_reviewed,"
        + "max_discount_percent,confirmed_at,delivered_at,contract_signed_at\n");
    for (AuditSearch.Found f : orders) {
      csv.append(Csv.quoted(f.orderNumber())).append(',').append(Csv.quoted(f.customerCode())).append(',')
          .append(f.firstAt()).append(',').append(f.lastAt()).append(',').append(Csv.quoted(f.status())).append(',')
          .append(f.managerReviewed()).append(',')
          .append(f.maxDiscountPercent() == null ? "" : f.maxDiscountPercent().toPlainString()).append(',')
          .append(text(f.confirmedAt())).append(',').append(text(f.deliveredAt())).append(',')
          .append(text(f.contractSignedAt())).append('\n');
    }
    return csv.toString();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
