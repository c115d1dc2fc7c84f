package org.ordertocash.contract;

import static org.ordertocash.config.TaskMarkdown.fit;
import static org.ordertocash.config.TaskMarkdown.text;

import org.ordertocash.config.Money;
import org.ordertocash.config.ExposedToModels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Markdown of a contract for task forms ({@code ${contractSummaries.markdown(contractNumber)}}):
 * the current version's terms, its document and how it came about.
 */
@ExposedToModels
@Component("contractSummaries")
public class ContractSummaries {

  private final ContractRepository contracts;
  private final ContractVersionRepository versions;

  public ContractSummaries(ContractRepository contracts, ContractVersionRepository versions) {
    this.contracts = contracts;
    this.versions = versions;
  }

  @Transactional(readOnly = true)
  public String markdown(String contractNumber) {
    Contract contract = contracts.findByNumber(contractNumber)
        .orElseThrow(() -> new IllegalStateException("No contract " + contractNumber));
    StringBuilder text = new StringBuilder()
        .append("## Contract ").append(contract.getNumber()).append(", version ").append(contract.getCurrentVersion())
        .append("\n\n| Term | Value |\n|---|---|\n")
        .append("| Contract value | ").append(Money.format(contract.getContractValue(), contract.getCurrency())).append(" |\n")
        .append("| Payment terms | ").append(contract.getPaymentTerms()).append(" (").append(contract.getPaymentTerms().days())
        .append(" days) |\n")
        .append("| Delivery by | ").append(contract.getDeliveryDate()).append(" |\n")
        .append("| Late-delivery penalty | ").append(contract.getPenaltyPercentPerWeek().stripTrailingZeros().toPlainString())
        .append(" % per week, capped at ").append(contract.getPenaltyCapPercent().stripTrailingZeros().toPlainString())
        .append(" % |\n")
        .append("| Special clauses | ").append(contract.getSpecialClauses() == null ? "none"
            : text(contract.getSpecialClauses())).append(" |\n")
        .append("| Risk | ").append(contract.getRiskLevel() == null ? "not scored yet" : contract.getRiskLevel()
            + " (score " + contract.getRiskScore() + ")").append(" |\n")
        .append("| Drafted by | ").append(contract.getDraftedBy()).append(" |\n\n");
    versions.findByContractIdOrderByVersionNo(contract.getId()).forEach(version -> text
        .append("- Version ").append(version.getVersionNo()).append(" by ").append(version.getCreatedBy()).append(": ")
        .append(text(version.getChangeNote()))
        .append(" — [PDF](/api/documents/").append(version.getDocumentId()).append("), SHA-256 `")
        .append(version.getSha256(), 0, 12).append("…`\n"));
    return fit(text.toString(), "… (shortened; the whole contract: GET /api/contracts/" + contract.getNumber() + ")");
  }
}
