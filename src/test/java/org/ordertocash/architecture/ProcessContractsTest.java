package org.ordertocash.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ordertocash.billing.CollectionProcess;
import org.ordertocash.billing.PaymentAllocationProcess;
import org.ordertocash.billing.PrepaymentProcess;
import org.ordertocash.billing.StatementDisputeProcess;
import org.ordertocash.claim.CarrierClaimProcess;
import org.ordertocash.complaint.ComplaintProcess;
import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;
import org.ordertocash.contract.ContractSigningProcess;
import org.ordertocash.dunning.DunningProcess;
import org.ordertocash.negotiation.NegotiationProcess;
import org.ordertocash.order.OrderReviewProcess;
import org.ordertocash.order.OrderToCashProcess;
import org.ordertocash.returns.ReturnProcess;
import org.ordertocash.shipment.DeliveryProcess;
import org.ordertocash.shipment.ShipmentProcess;
import org.ordertocash.survey.SurveyAnswerProcess;

/**
 * Each process contract against its model: a renamed element, message, error or variable in
 * bpmn/ or forms/ fails here, not in a running order.
 */
class ProcessContractsTest {

  static Stream<ProcessContract> contracts() {
    return Stream.of(OrderReviewProcess.CONTRACT, OrderToCashProcess.CONTRACT, ContractSigningProcess.CONTRACT,
        CarrierClaimProcess.CONTRACT, NegotiationProcess.CONTRACT, DeliveryProcess.CONTRACT,
        ShipmentProcess.CONTRACT, CollectionProcess.CONTRACT, PaymentAllocationProcess.CONTRACT,
        DunningProcess.CONTRACT, StatementDisputeProcess.CONTRACT, org.ordertocash.customer.CreditLimitProcess.CONTRACT, PrepaymentProcess.CONTRACT,
        ReturnProcess.CONTRACT, ComplaintProcess.CONTRACT, SurveyAnswerProcess.CONTRACT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  void everythingAContractNamesIsInItsModel(ProcessContract contract) throws IOException {
    Path file = Path.of("bpmn", contract.key() + ".bpmn");
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    String xml = Files.readString(file) + decisionsOf(model);

    assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId).contains(contract.key());
    for (String id : contract.elementIds()) {
      assertThat((Object) model.getModelElementById(id)).as("element " + id + " in " + file).isNotNull();
    }
    assertThat(names(model, Message.class)).as("messages of " + file).containsAll(contract.messages());
    assertThat(model.getModelElementsByType(Error.class).stream().map(Error::getErrorCode).collect(Collectors.toSet()))
        .as("error codes of " + file).containsAll(contract.errorCodes());

    String forms = formsOf(model);
    List<String> missing = new ArrayList<>();
    assertThat(contract.variables()).as("variables passed between steps are declared").containsAll(contract.betweenSteps());
    for (ProcessVariable<?> variable : contract.variables()) {
      if (contract.betweenSteps().contains(variable)) {
        continue;
      }
      boolean inModel = Pattern.compile("\\b" + variable.name() + "\\b").matcher(xml).find();
      // a form field's key, a dynamic list's path, the variable a field takes its options from, or a
      // variable shown in a text ({{name}}, or within a template's expression)
      boolean inForm = Pattern.compile("\"(key|path|valuesKey)\"\\s*:\\s*\"" + variable.name() + "\"").matcher(forms).find()
          || Pattern.compile("\\{\\{[^}]*\\b" + variable.name() + "\\b[^}]*}}").matcher(forms).find();
      if (!inModel && !inForm) {
        missing.add(variable.name());
      }
    }
    assertThat(missing).as("variables of " + contract.key() + " found neither in " + file + " nor in its forms").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  void everySavePointStartsInAJobOfItsOwnWithTheConfiguredRetries(ProcessContract contract) {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn", contract.key() + ".bpmn").toFile());
    for (String id : contract.savePoints()) {
      FlowNode step = model.getModelElementById(id);
      assertThat(step).as("save point " + id + " in " + contract.key()).isNotNull();
      boolean afterAsyncStep = !step.getIncoming().isEmpty() && step.getIncoming().stream()
          .allMatch(flow -> flow.getSource().isCamundaAsyncAfter());
      assertThat(step.isCamundaAsyncBefore() || afterAsyncStep)
          .as(id + " in " + contract.key() + " is asyncBefore or follows an asyncAfter step").isTrue();
    }
    // the retry cycle comes from configuration (failedJobRetryTimeCycle in application.yml)
    assertThat(model.getModelElementsByType(CamundaFailedJobRetryTimeCycle.class))
        .as("retry cycles written into " + contract.key()).isEmpty();
  }

  /** The delivery diagram shows the claim it starts: its send task sends what the claim's start event receives. */
  @org.junit.jupiter.api.Test
  void deliveryStartsTheCarrierClaimWithTheMessageTheClaimStartsOn() {
    BpmnModelInstance delivery = Bpmn.readModelFromFile(Path.of("bpmn", DeliveryProcess.CONTRACT.key() + ".bpmn").toFile());
    BpmnModelInstance claim = Bpmn.readModelFromFile(Path.of("bpmn", CarrierClaimProcess.KEY + ".bpmn").toFile());
    org.camunda.bpm.model.bpmn.instance.SendTask open = delivery.getModelElementById("Task_OpenCarrierClaim");
    assertThat(open.getMessage().getName()).isEqualTo(CarrierClaimProcess.REQUESTED_MESSAGE);
    org.camunda.bpm.model.bpmn.instance.StartEvent start = claim.getModelElementById("Event_ClaimOpened");
    assertThat(start.getParentElement()).isInstanceOf(Process.class);
    assertThat(start.getEventDefinitions()).singleElement()
            .isInstanceOfSatisfying(org.camunda.bpm.model.bpmn.instance.MessageEventDefinition.class,
                definition -> assertThat(definition.getMessage().getName()).isEqualTo(CarrierClaimProcess.REQUESTED_MESSAGE));
  }

  private static Set<String> names(BpmnModelInstance model, Class<Message> type) {
    return model.getModelElementsByType(type).stream().map(Message::getName).collect(Collectors.toSet());
  }

  /** The text of the decision tables the model calls (their inputs are the process's variables). */
  private static String decisionsOf(BpmnModelInstance model) throws IOException {
    StringBuilder text = new StringBuilder();
    for (org.camunda.bpm.model.bpmn.instance.BusinessRuleTask task
        : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.BusinessRuleTask.class)) {
      Path dmn = Path.of("bpmn", task.getCamundaDecisionRef() + ".dmn");
      if (Files.exists(dmn)) {
        text.append(Files.readString(dmn));
      }
    }
    return text.toString();
  }

  /** The text of every form the model's user tasks refer to. */
  private static String formsOf(BpmnModelInstance model) throws IOException {
    StringBuilder text = new StringBuilder();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String ref = task.getCamundaFormRef();
      if (ref != null && Files.exists(Path.of("forms", ref + ".form"))) {
        text.append(Files.readString(Path.of("forms", ref + ".form")));
      }
    }
    return text.toString();
  }
}
