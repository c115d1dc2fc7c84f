package org.ordertocash.billing;

import java.math.BigDecimal;

/** One customer's open receivables summed per aging bucket by the database (ReceivableRepository.aging). */
record AgingSums(String customerCode, BigDecimal notDue, BigDecimal days0To30, BigDecimal days31To60,
    BigDecimal days61To90, BigDecimal over90) {}
