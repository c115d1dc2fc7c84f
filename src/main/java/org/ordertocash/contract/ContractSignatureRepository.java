package org.ordertocash.contract;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractSignatureRepository extends JpaRepository<ContractSignature, Long> {

  Optional<ContractSignature> findByContractId(Long contractId);
}
