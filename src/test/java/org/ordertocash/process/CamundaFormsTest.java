package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Forms in forms/: valid JSON for the Tasklist's form-js, id = file name, and they
 * submit only the decision inputs of their task. Camunda Forms submit every keyed field, also
 * read-only ones, so anything merely shown must be a text component (templating), never an input.
 */
class CamundaFormsTest {

  static final Path FORMS = Path.of("forms");
  static final Path BPMN = Path.of("bpmn");
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Form id -> the variables it may submit: its decision inputs. A dynamic list submits one
   * variable (its {@code path}), a list of the items' fields.
   */
  static final Map<String, Set<String>> INPUTS = Map.ofEntries(
      Map.entry("order-review", Set.of("reviewDecision", "reviewComment", "reviewNote", "fulfilment")),
      Map.entry("order-revision", Set.of("revisionDecision", "revisedPaymentTerms", "revisedDeliveryDate",
          "resetToListPrices", "revisionNote")),
      Map.entry("credit-hold-review", Set.of("creditDecision", "creditDecisionReason")),
      Map.entry("credit-hold-chase", Set.of("chaseNote")),
      Map.entry("handle-late-delivery", Set.of("carrierContacted", "newExpectedDate", "lateDeliveryNote")),
      Map.entry("record-claim-evidence", Set.of("evidence", "claimAmount", "claimDeadline", "carrierClaimReference")),
      Map.entry("follow-up-claim", Set.of("carrierAnswer", "amountReceived", "rejectionReason", "followUpNote")),
      Map.entry("review-claim-loss", Set.of("lossNote")),
      Map.entry("prepare-negotiation", Set.of("targetPrice", "bottomLine", "negotiationTeam", "negotiationMaterials")),
      Map.entry("propose-quotation", Set.of("quotationLines", "proposedPaymentTerms", "proposalNote")),
      Map.entry("approve-quotation", Set.of("approvalDecision", "approvalComment")),
      Map.entry("quotation-rejected", Set.of("followUp", "lostReason", "competitor")),
      Map.entry("quotation-expired", Set.of("followUp", "lostReason", "competitor")),
      Map.entry("decide-shortage", Set.of("shortageDecision", "substitutions", "shortageNote")),
      Map.entry("plan-shipment", Set.of("plannedShipDate", "shippingMethod", "carrier", "carrierService", "packages",
          "weightKg")),
      Map.entry("pick-pack-ship", Set.of("picked", "packed", "labelled", "trackingNumber")),
      Map.entry("draft-contract", Set.of("paymentTerms", "deliveryDate", "penaltyPercentPerWeek", "penaltyCapPercent",
          "specialClauses")),
      Map.entry("legal-review", Set.of("legalDecision", "legalClause", "legalChange")),
      Map.entry("risk-review", Set.of("riskDecision", "riskClause", "riskChange")),
      Map.entry("contract-sign-off", Set.of("signOffDecision", "signOffClause", "signOffChange")),
      Map.entry("amend-contract", Set.of("paymentTerms", "deliveryDate", "penaltyPercentPerWeek", "penaltyCapPercent",
          "specialClauses", "amendmentScope", "amendmentNote")),
      Map.entry("internal-signature", Set.of("internalSignatureDecision", "internalSignatureNote")),
      Map.entry("contract-expired", Set.of("expiredDecision", "expiredNote")),
      Map.entry("allocate-payment", Set.of("allocateTo")),
      Map.entry("call-customer", Set.of("callOutcome", "promisedBy", "promisedAmount", "callNote")),
      Map.entry("resolve-dunning-dispute", Set.of("disputeOutcome", "disputeResolution")),
      Map.entry("approve-write-off", Set.of("writeOffDecision", "writeOffReason")),
      Map.entry("confirm-write-off", Set.of("writeOffConfirmation")),
      Map.entry("resolve-statement-dispute", Set.of("statementResolution", "statementResolutionNote")),
      Map.entry("approve-credit-limit", Set.of("creditLimitDecision", "creditLimitNote")),
      Map.entry("settle-cod-shortfall", Set.of("codShortfallAction", "codShortfallNote")),
      Map.entry("record-fapiao", Set.of("fapiaoCode", "fapiaoNumber")),
      Map.entry("review-return", Set.of("returnDecision", "returnDecisionNote")),
      Map.entry("inspect-return", Set.of("goodsCondition", "disposition", "inspectionNotes")),
      Map.entry("refund-return", Set.of("refundDecision", "refundBankReference")),
      Map.entry("respond-to-complaint", Set.of("firstResponse")),
      Map.entry("resolve-complaint", Set.of("rootCause", "actionTaken", "resolution", "remedy", "creditPerUnit")),
      Map.entry("approve-complaint-credit", Set.of("complaintCreditDecision")),
      Map.entry("follow-up-survey", Set.of("surveyFollowUpNote")));

  /** Component types that display but never submit. */
  static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator", "group", "table");
  static final String DYNAMIC_LIST = "dynamiclist";

  static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  static final Pattern IDENTIFIER = Pattern.compile("\\b[a-zA-Z_][a-zA-Z0-9_]*\\b");

  static Map<String, JsonNode> forms() throws IOException {
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        forms.put(file.getFileName().toString().replaceFirst("\\.form$", ""), JSON.readTree(file.toFile()));
      }
    }
    return forms;
  }

  static List<JsonNode> components(JsonNode container) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : container.path("components")) {
      all.add(component);
      all.addAll(components(component));
    }
    return all;
  }

  @Test
  void everyFormIsAValidCamundaFormNamedLikeItsFile() throws IOException {
    Map<String, JsonNode> forms = forms();
    assertThat(forms.keySet()).containsExactlyInAnyOrderElementsOf(INPUTS.keySet());
    forms.forEach((fileName, form) -> {
      assertThat(form.path("id").asText()).as("id of %s.form", fileName).isEqualTo(fileName);
      assertThat(form.path("type").asText()).isEqualTo("default");
      assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
      assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
      assertThat(form.path("schemaVersion").asInt()).as("schemaVersion of %s", fileName).isBetween(1, 16);
      Set<String> ids = new TreeSet<>();
      for (JsonNode component : components(form)) {
        assertThat(component.path("type").asText()).as("type of a component in %s", fileName).isNotBlank();
        assertThat(ids.add(component.path("id").asText())).as("unique component id %s in %s",
            component.path("id").asText(), fileName).isTrue();
      }
    });
  }

  @Test
  void formsSubmitOnlyTheirDecisionInputs() throws IOException {
    forms().forEach((formId, form) -> {
      for (JsonNode component : components(form)) {
        if (DISPLAY_ONLY.contains(component.path("type").asText())) {
          assertThat(component.has("key")).as("display-only %s in %s has a key", component.path("type").asText(), formId).isFalse();
        }
      }
      assertThat(submitted(form)).as("variables submitted by %s", formId)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(INPUTS.get(formId));
    });
  }

  /** The variables a form submits: keyed inputs, and the path of each dynamic list. */
  static List<String> submitted(JsonNode container) {
    List<String> submitted = new ArrayList<>();
    for (JsonNode component : container.path("components")) {
      String type = component.path("type").asText();
      if (DYNAMIC_LIST.equals(type)) {
        submitted.add(component.path("path").asText());
      } else if (component.hasNonNull("key") && !DISPLAY_ONLY.contains(type)) {
        submitted.add(component.get("key").asText());
      } else {
        submitted.addAll(submitted(component));
      }
    }
    return submitted;
  }

  /** Texts inside a dynamic list template the list's items, not variables, and are left out. */
  @Test
  void nothingDisplayedIsAlsoAnInput() throws IOException {
    forms().forEach((formId, form) -> {
      for (JsonNode component : componentsOutsideLists(form)) {
        if (!"text".equals(component.path("type").asText())) {
          continue;
        }
        Matcher template = TEMPLATE.matcher(component.path("text").asText());
        while (template.find()) {
          Matcher identifier = IDENTIFIER.matcher(template.group(1).replaceAll("\"[^\"]*\"", ""));
          while (identifier.find()) {
            assertThat(INPUTS.get(formId)).as("%s displays %s, which it also submits", formId, identifier.group())
                .doesNotContain(identifier.group());
          }
        }
      }
    });
  }

  @Test
  void decisionOptionsMatchTheGatewayConditions() throws IOException {
    Map<String, JsonNode> forms = forms();
    assertThat(values(forms.get("order-review"), "reviewDecision")).containsExactly("approve", "reject", "sendBack");
    assertThat(values(forms.get("order-review"), "fulfilment")).containsExactly("PARTIAL_DELIVERY", "BACKORDER", "WAIT");
    assertThat(values(forms.get("credit-hold-review"), "creditDecision")).containsExactly("release", "reject");
    assertThat(values(forms.get("order-revision"), "revisionDecision")).containsExactly("resubmit", "withdraw");
    assertThat(values(forms.get("order-revision"), "revisedPaymentTerms"))
        .containsExactly("NET_15", "NET_30", "NET_60", "PREPAID");
    assertThat(values(forms.get("follow-up-claim"), "carrierAnswer")).containsExactly("PAID", "REJECTED", "NO_ANSWER_YET");
    assertRoutes("carrier-claim", "carrierAnswer", values(forms.get("follow-up-claim"), "carrierAnswer"));
    assertThat(values(forms.get("approve-quotation"), "approvalDecision")).containsExactly("approve", "reject");
    assertThat(values(forms.get("quotation-rejected"), "followUp")).containsExactly("requote", "lost");
    assertThat(values(forms.get("quotation-expired"), "followUp")).containsExactly("requote", "lost");
    assertThat(values(forms.get("propose-quotation"), "proposedPaymentTerms"))
        .containsExactly("PREPAID", "NET_15", "NET_30", "NET_60", "NET_90");
    assertRoutes("negotiation", "approvalDecision", values(forms.get("approve-quotation"), "approvalDecision"));
    assertRoutes("negotiation", "followUp", values(forms.get("quotation-rejected"), "followUp"));
    assertRoutes("order-review", "reviewDecision", values(forms.get("order-review"), "reviewDecision"));
    assertRoutes("order-review", "creditDecision", values(forms.get("credit-hold-review"), "creditDecision"));
    assertRoutes("order-review", "revisionDecision", values(forms.get("order-revision"), "revisionDecision"));
    assertThat(values(forms.get("decide-shortage"), "shortageDecision"))
        .containsExactly("SHIP_AVAILABLE_BACKORDER_REST", "WAIT", "SUBSTITUTE", "CANCEL");
    assertRoutes("shipment", "shortageDecision", values(forms.get("decide-shortage"), "shortageDecision"));
    assertThat(values(forms.get("plan-shipment"), "shippingMethod"))
        .containsExactly("OWN_FLEET", "CARRIER", "CUSTOMER_PICKUP");
    assertRoutes("dunning", "callOutcome", values(forms.get("call-customer"), "callOutcome"));
    assertRoutes("dunning", "disputeOutcome", values(forms.get("resolve-dunning-dispute"), "disputeOutcome"));
    assertRoutes("dunning", "writeOffDecision", values(forms.get("approve-write-off"), "writeOffDecision"));
    assertRoutes("dunning", "writeOffConfirmation", values(forms.get("confirm-write-off"), "writeOffConfirmation"));
    assertRoutes("return", "returnDecision", values(forms.get("review-return"), "returnDecision"));
    // scrapped goods and goods returned to the supplier both take the default path: nothing to stock or send
    assertThat(values(forms.get("inspect-return"), "disposition"))
        .containsExactly("RESTOCK", "SCRAP", "REPAIR", "RETURN_TO_SUPPLIER");
    assertRoutes("complaint", "remedy", values(forms.get("resolve-complaint"), "remedy"));
    assertRoutes("complaint", "complaintCreditDecision", values(forms.get("approve-complaint-credit"), "complaintCreditDecision"));
    assertRoutes("return", "refundDecision", values(forms.get("refund-return"), "refundDecision"));
    assertRoutes("statement-dispute", "statementResolution",
        values(forms.get("resolve-statement-dispute"), "statementResolution"));
  }

  @Test
  void contractDecisionOptionsMatchTheGatewayConditions() throws IOException {
    Map<String, JsonNode> forms = forms();
    String contract = readString(BPMN.resolve("contract-signing.bpmn"));
    for (String[] form : new String[][] {{"legal-review", "legal"}, {"risk-review", "risk"}, {"contract-sign-off", "signOff"}}) {
      assertThat(values(forms.get(form[0]), form[1] + "Decision")).containsExactly("approve", "amend");
      assertRoutes("contract-signing", form[1] + "Decision", values(forms.get(form[0]), form[1] + "Decision"));
    }
    assertThat(values(forms.get("internal-signature"), "internalSignatureDecision")).containsExactly("sign", "amend");
    assertThat(values(forms.get("contract-expired"), "expiredDecision")).containsExactly("renegotiate", "cancel");
    assertThat(values(forms.get("amend-contract"), "amendmentScope")).containsExactly("legal", "commercial", "both");
    for (String form : List.of("draft-contract", "amend-contract")) {
      assertThat(values(forms.get(form), "paymentTerms")).containsExactly("PREPAID", "NET_15", "NET_30", "NET_60", "NET_90");
    }
    assertRoutes("contract-signing", "internalSignatureDecision", values(forms.get("internal-signature"), "internalSignatureDecision"));
    assertRoutes("contract-signing", "expiredDecision", values(forms.get("contract-expired"), "expiredDecision"));
    for (String condition : List.of("amendmentScope != 'commercial'", "amendmentScope != 'legal'")) {
      assertThat(contract).contains(condition);
    }
  }

  /**
   * The model routes on a form's decision field as the form offers it: every value a condition
   * (or a completion condition) compares the variable with is one of the form's options, and
   * every option is named in a condition except at most one, which takes the gateway's default
   * flow. A misspelt value in either place fails here.
   */
  static void assertRoutes(String process, String variable, List<String> options) throws IOException {
    String xml = readString(BPMN.resolve(process + ".bpmn"));
    Matcher compared = Pattern.compile("\\b" + variable + "\\s*[!=]=\\s*'([^']*)'").matcher(xml);
    Set<String> values = new TreeSet<>();
    while (compared.find()) {
      values.add(compared.group(1));
    }
    assertThat(values).as(process + ": values compared with " + variable).isNotEmpty();
    assertThat(options).as(process + ": options of " + variable + " cover the model's values").containsAll(values);
    assertThat(options.stream().filter(option -> !values.contains(option)).toList())
        .as(process + ": options of " + variable + " no condition names (only the default path may take one)")
        .hasSizeLessThanOrEqualTo(1);
  }

  /** (That every formRef points to an existing form is the model conventions test's job.) */
  @Test
  void everyFormIsUsedByAUserTask() throws IOException {
    Set<String> referenced = new TreeSet<>();
    try (Stream<Path> files = Files.list(BPMN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          referenced.add(task.getCamundaFormRef());
        }
      }
    }
    assertThat(referenced).as("forms referenced by user tasks").containsAll(forms().keySet());
  }

  static List<JsonNode> componentsOutsideLists(JsonNode container) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : container.path("components")) {
      all.add(component);
      if (!DYNAMIC_LIST.equals(component.path("type").asText())) {
        all.addAll(componentsOutsideLists(component));
      }
    }
    return all;
  }

  static List<String> values(JsonNode form, String key) {
    for (JsonNode component : components(form)) {
      if (key.equals(component.path("key").asText())) {
        List<String> values = new ArrayList<>();
        component.path("values").forEach(v -> values.add(v.path("value").asText()));
        return values;
      }
    }
    throw new AssertionError("no field " + key);
  }

  static String readString(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
