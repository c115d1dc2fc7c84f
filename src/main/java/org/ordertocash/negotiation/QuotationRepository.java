package org.ordertocash.negotiation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuotationRepository extends JpaRepository<Quotation, Long> {

  Optional<Quotation> findByNumber(String number);

  List<Quotation> findByOrderNumberOrderById(String orderNumber);

  /** Each quotation of the order with its latest version, in one query. */
  @Query("""
      select q.number as number, v.version as version, v.status as status, v.totalAmount as totalAmount,
             q.currency as currency
      from Quotation q join q.versions v
      where q.orderNumber = :orderNumber
        and v.version = (select max(w.version) from Quotation p join p.versions w where p = q)
      order by q.id""")
  List<LatestVersion> findLatestVersionsByOrderNumber(String orderNumber);

  interface LatestVersion {
    String getNumber();
    int getVersion();
    QuotationStatus getStatus();
    BigDecimal getTotalAmount();
    String getCurrency();
  }
}
