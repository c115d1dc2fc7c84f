package org.ordertocash.contract;

import java.util.List;

import org.ordertocash.order.OrderRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Contracts as /api shows them. */
@Service
@Transactional(readOnly = true)
public class ContractQueryService {

  private final ContractRepository contracts;
  private final ContractVersionRepository versions;
  private final ContractReviewRepository reviews;
  private final ContractSignatureRepository signatures;
  private final OrderRepository orders;

  public ContractQueryService(ContractRepository contracts, ContractVersionRepository versions,
      ContractReviewRepository reviews, ContractSignatureRepository signatures, OrderRepository orders) {
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
    if (orders.findByNumber(orderNumber).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + orderNumber);
    }
    return contracts.findByOrderNumberOrderById(orderNumber).stream().map(this::view).toList();
  }

  private ContractView view(Contract contract) {
    return ContractView.of(contract, versions.findByContractIdOrderByVersionNo(contract.getId()),
        reviews.findByContractIdOrderById(contract.getId()), signatures.findByContractId(contract.getId()).orElse(null));
  }

  static ResponseStatusException notFound(String number) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "No contract " + number);
  }
}
