package org.ordertocash.contract;

import org.ordertocash.config.DomainException;
import java.util.List;

import org.ordertocash.order.OrderQueryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contracts as /api shows them. */
@Service
@Transactional(readOnly = true)
public class ContractQueryService {

  private final ContractRepository contracts;
  private final ContractVersionRepository versions;
  private final ContractReviewRepository reviews;
  private final ContractSignatureRepository signatures;
  private final OrderQueryService orders;

  public ContractQueryService(ContractRepository contracts, ContractVersionRepository versions,
      ContractReviewRepository reviews, ContractSignatureRepository signatures, OrderQueryService orders) {
    this.contracts = contracts;
    this.versions = versions;
    this.reviews = reviews;
    this.signatures = signatures;
    this.orders = orders;
  }

  public ContractView view(String number) {
    return view(contracts.findByNumber(number).orElseThrow(() -> notFound(number)));
  }

  public List<ContractView> forOrder(String orderNumber) {
    orders.requireExists(orderNumber);
    return contracts.findByOrderNumberOrderById(orderNumber).stream().map(this::view).toList();
  }

  private ContractView view(Contract contract) {
    return ContractView.of(contract, versions.findByContractIdOrderByVersionNo(contract.getId()),
        reviews.findByContractIdOrderById(contract.getId()), signatures.findByContractId(contract.getId()).orElse(null));
  }

  static DomainException.NotFound notFound(String number) {
    return new DomainException.NotFound("No contract " + number);
  }
}
