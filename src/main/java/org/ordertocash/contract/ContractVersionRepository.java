package org.ordertocash.contract;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractVersionRepository extends JpaRepository<ContractVersion, Long> {

  List<ContractVersion> findByContractIdOrderByVersionNo(Long contractId);

  Optional<ContractVersion> findByContractIdAndVersionNo(Long contractId, int versionNo);
}
