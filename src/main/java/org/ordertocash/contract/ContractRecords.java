package org.ordertocash.contract;

import java.util.List;

import org.ordertocash.config.Money;
import org.ordertocash.order.OrderRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The order's contracts at their current version, for the order's view. */
@Component
@Order(2)
class ContractRecords implements OrderRecords {

  private final ContractRepository contracts;

  ContractRecords(ContractRepository contracts) {
    this.contracts = contracts;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordSummary> of(String orderNumber) {
    return contracts.findByOrderNumberOrderById(orderNumber).stream()
        .map(c -> new RecordSummary("CONTRACT", c.getNumber(), c.getCurrentVersion(), c.getStatus().name(),
            "value " + Money.format(c.getContractValue(), c.getCurrency())
                + (c.getRiskLevel() == null ? "" : ", risk " + c.getRiskLevel()),
            "/api/contracts/" + c.getNumber()))
        .toList();
  }
}
