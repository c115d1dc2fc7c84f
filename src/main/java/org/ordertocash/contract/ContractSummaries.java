package org.ordertocash.contract;

import static org.ordertocash.config.TaskMarkdown.fit;
import static org.ordertocash.config.TaskMarkdown.text;

import org.ordertocash.config.Labels;
import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
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
  private final OrderToCashProperties properties;

  public ContractSummaries(ContractRepository contracts, ContractVersionRepository versions,
      OrderToCashProperties properties) {
    this.contracts = contracts;
    this.versions = versions;
    this.properties = properties;
  }

  @Transactional(readOnly = true)
  public String markdown(String contractNumber) {
    Contract contract = contracts.findByNumber(contractNumber)
        .orElseThrow(() -> new IllegalStateException("No contract " + contractNumber));
    Labels labels = properties.labels();
    StringBuilder text = new StringBuilder()
        .append(labels.text("task.contract.heading", contract.getNumber(), contract.getCurrentVersion()))
        .append("\n\n").append(labels.text("task.contract.columns")).append("\n|---|---|\n");
    row(text, labels.text("task.contract.value"), Money.format(contract.getContractValue(), contract.getCurrency()));
    row(text, labels.text("field.paymentTerms"), labels.code(contract.getPaymentTerms()));
    row(text, labels.text("task.contract.deliveryBy"), labels.date(contract.getDeliveryDate()));
    row(text, labels.text("contract.penalty"), labels.text("contract.penaltyText",
        contract.getPenaltyPercentPerWeek().stripTrailingZeros().toPlainString(),
        contract.getPenaltyCapPercent().stripTrailingZeros().toPlainString()));
    row(text, labels.text("contract.specialClauses"), contract.getSpecialClauses() == null
        ? labels.text("task.none") : text(contract.getSpecialClauses()));
    row(text, labels.text("task.contract.risk"), contract.getRiskLevel() == null ? labels.text("task.contract.notScored")
        : labels.text("task.contract.riskScored", labels.code("RiskLevel", contract.getRiskLevel()), contract.getRiskScore()));
    row(text, labels.text("task.contract.draftedBy"), contract.getDraftedBy());
    text.append("\n");
    versions.findByContractIdOrderByVersionNo(contract.getId()).forEach(version -> text
        .append("- ").append(labels.text("task.contract.version", version.getVersionNo(), version.getCreatedBy(),
            text(version.getChangeNote()))).append(" — [PDF](/api/documents/").append(version.getDocumentId())
        .append("), SHA-256 `").append(version.getSha256(), 0, 12).append("…`\n"));
    return fit(text.toString(), labels.text("task.contract.shortened", contract.getNumber()));
  }

  private static void row(StringBuilder text, String term, String value) {
    text.append("| ").append(term).append(" | ").append(value).append(" |\n");
  }
}
