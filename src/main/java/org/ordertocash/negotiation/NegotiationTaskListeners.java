package org.ordertocash.negotiation;

import java.math.BigDecimal;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.identity.Actor;
import org.ordertocash.config.TaskRefusals;
import org.ordertocash.identity.FourEyesCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks of what people submit in the negotiation's tasks (refused with {@link TaskRefusal}: the
 * task stays open), and the recording of approvals. Free of Spring beyond the bean methods, so
 * the plain engine tests use them as they are.
 */
@Configuration
public class NegotiationTaskListeners {

  /** Prepare negotiation: target price and bottom line above 0, the bottom line not above the target. */
  public static final class PreparationCheck implements TaskListener {
    private final TaskRefusals refusals;

    public PreparationCheck(TaskRefusals refusals) {
      this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
      BigDecimal target;
      BigDecimal bottomLine;
      try {
        target = NegotiationDelegates.decimal(NegotiationProcess.TARGET_PRICE.get(task));
        bottomLine = NegotiationDelegates.decimal(NegotiationProcess.BOTTOM_LINE.get(task));
      } catch (NumberFormatException e) {
        throw refusals.of("targetPrice", "amounts");
      }
      String problem = NegotiationService.preparationProblemKey(target, bottomLine);
      if (problem != null) {
        throw refusals.of("bottomLine", problem, refusals.money(bottomLine), refusals.money(target));
      }
    }
  }

  /** Propose quotation: readable lines, every price above 0, discounts between 0 and 100 %. */
  public static final class ProposalCheck implements TaskListener {
    private final TaskRefusals refusals;

    public ProposalCheck(TaskRefusals refusals) {
      this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
      try {
        for (QuotationLines.Proposed line : QuotationLines.parse(NegotiationProcess.QUOTATION_LINES.get(task))) {
          if (line.unitPrice() == null && line.discountPercent() == null) {
            throw refusals.of("quotationLines", "lineUnitPrice", line.lineNo());
          }
          if (line.unitPrice() != null && line.unitPrice().signum() <= 0) {
            throw refusals.of("quotationLines", "linePriceAboveZero", line.lineNo());
          }
          if (line.unitPrice() == null && (line.discountPercent().signum() < 0
              || line.discountPercent().compareTo(BigDecimal.valueOf(100)) >= 0)) {
            throw refusals.of("quotationLines", "lineDiscount", line.lineNo());
          }
        }
      } catch (IllegalArgumentException e) {
        throw refusals.passOn("quotationLines", e.getMessage());
      }
    }
  }

  /** Quotation rejected / expired: closing as lost needs the lost reason. */
  public static final class FollowUpCheck implements TaskListener {
    private final TaskRefusals refusals;

    public FollowUpCheck(TaskRefusals refusals) {
      this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
      Object followUp = NegotiationProcess.FOLLOW_UP.get(task);
      if (!"requote".equals(followUp) && !"lost".equals(followUp)) {
        throw refusals.of("followUp", "followUp");
      }
      Object reason = NegotiationProcess.LOST_REASON.get(task);
      if ("lost".equals(followUp) && (reason == null || reason.toString().isBlank())) {
        throw refusals.of("lostReason", "lostReason");
      }
    }
  }

  /** Where approvals are recorded: {@link NegotiationService#recordApproval}. */
  @FunctionalInterface
  public interface ApprovalLog {
    void record(String quotationNumber, int version, String step, String decision, String approver, String comment);
  }

  /**
   * On completing an approval task: a refusal needs a comment (what sales should change); the
   * decision is recorded with the version; an approver joins {@code approvedBy}, so that no later
   * step of the same version can be decided by the same person.
   */
  public static final class ApprovalRecorder implements TaskListener {
    private final ApprovalLog log;
    private final TaskRefusals refusals;

    public ApprovalRecorder(ApprovalLog log, TaskRefusals refusals) {
      this.log = log;
      this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
      Object decision = NegotiationProcess.APPROVAL_DECISION.get(task);
      if (!"approve".equals(decision) && !"reject".equals(decision)) {
        throw refusals.of("approvalDecision", "approvalDecision");
      }
      Object comment = NegotiationProcess.APPROVAL_COMMENT.get(task);
      if ("reject".equals(decision) && (comment == null || comment.toString().isBlank())) {
        throw refusals.of("approvalComment", "approvalComment");
      }
      String approver = Objects.requireNonNullElse(FourEyesCheck.actingUser(task), Actor.SYSTEM);
      String step = NegotiationProcess.APPROVAL_STEP.get(task);
      log.record(NegotiationProcess.QUOTATION_NUMBER.require(task), NegotiationProcess.QUOTATION_VERSION.require(task),
          step, decision.toString(), approver, comment == null ? null : comment.toString());
      DelegateExecution instance = task.getExecution().getProcessInstance();
      // a multi-instance task cannot map outputs: the approver is who the next save point acts for
      NegotiationProcess.DECIDED_BY.set(instance, approver);
      if ("approve".equals(decision)) {
        String before = NegotiationProcess.APPROVED_BY.get(task);
        NegotiationProcess.APPROVED_BY.set(instance, before == null || before.isBlank() ? approver : before + "," + approver);
        if (QuotationApprovalSteps.SALES_MANAGER.equals(step)) {
          NegotiationProcess.LEGACY_FIRST_APPROVER.set(instance, approver);
        }
      }
    }
  }

  /**
   * On creating a step of the multi-instance "Approve quotation": the task is named after its step
   * in the task list and its form says which approval it is (input mappings of a multi-instance
   * task run before its step is known). A refusal's comment stays for sales: no step follows it.
   */
  public static final class ApprovalStepNaming implements TaskListener {
    private final QuotationApprovalSteps steps;

    public ApprovalStepNaming(QuotationApprovalSteps steps) {
      this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
      String step = NegotiationProcess.APPROVAL_STEP.require(task);
      task.setName(steps.taskName(step));
      task.setVariableLocal("approvalStepLabel", steps.label(step));
      // the previous step's comment is recorded with its approval; this step starts with none
      NegotiationProcess.APPROVAL_COMMENT.set(task.getExecution(), null);
    }
  }

  @Bean
  TaskListener quotationApprovalStepNaming(QuotationApprovalSteps steps) {
    return new ApprovalStepNaming(steps);
  }

  @Bean
  TaskListener negotiationPreparationCheck(TaskRefusals refusals) {
    return new PreparationCheck(refusals);
  }

  @Bean
  TaskListener quotationProposalCheck(TaskRefusals refusals) {
    return new ProposalCheck(refusals);
  }

  @Bean
  TaskListener quotationFollowUpCheck(TaskRefusals refusals) {
    return new FollowUpCheck(refusals);
  }

  @Bean
  TaskListener quotationApprovalRecorder(NegotiationService negotiations, TaskRefusals refusals) {
    return new ApprovalRecorder(negotiations::recordApproval, refusals);
  }
}
