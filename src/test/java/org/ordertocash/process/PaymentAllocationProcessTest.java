package org.ordertocash.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ordertocash.billing.PaymentAllocationProcess;
import org.ordertocash.config.TaskRefusal;

/** bpmn/payment-allocation.bpmn: finance gives an unmatched payment to an invoice or keeps it as credit. */
@Deployment(resources = {"bpmn/payment-allocation.bpmn", "forms/allocate-payment.form"})
class PaymentAllocationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(ProcessCoverage.MINIMUM)
      .build();

  static final String REFERENCE = "BANK-77";

  RecordingDelegate allocate;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    allocate = RecordingDelegate.register("allocatePaymentDelegate");
    // the real check asks billing whether the invoice is open; here only INV-1 is
    Mocks.register("paymentAllocationCheck", (TaskListener) task -> {
      Object choice = task.getVariable("allocateTo");
      if (!"INV-1".equals(choice) && !PaymentAllocationProcess.KEEP_AS_CREDIT.equals(choice)) {
        throw TaskRefusal.of("allocateTo", "not an open invoice");
      }
    });
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PaymentAllocationProcess.KEY, REFERENCE,
        Map.of("bankReference", REFERENCE, "payer", "C-1001", "payerName", "Huaxin", "paymentText", "¥100.00"));
  }

  @Test
  void financeGivesThePaymentToAnInvoiceAtASavePoint() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(PaymentAllocationProcess.ALLOCATE_PAYMENT);
    assertThat(task()).hasCandidateGroup("finance");
    Assertions.assertThat(task().getDueDate()).isNotNull();

    identityService().setAuthenticatedUserId("fiona");
    complete(task(), withVariables("allocateTo", "INV-1"));

    assertThat(pi).isWaitingAt("Task_AllocateToInvoice");
    Assertions.assertThat(allocate.wasCalled()).isFalse();
    SavePoints.run(pi.getId());
    assertThat(pi).isEnded().hasPassed("Event_PaymentAllocated");
    Assertions.assertThat(allocate.lastCall()).containsEntry("allocateTo", "INV-1").containsEntry("allocatedBy", "fiona");
  }

  @Test
  void financeKeepsItAsCredit() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(PaymentAllocationProcess.ALLOCATE_PAYMENT);

    complete(task(), withVariables("allocateTo", PaymentAllocationProcess.KEEP_AS_CREDIT));

    assertThat(pi).isEnded().hasPassed("Event_KeptAsCredit").hasNotPassed("Task_AllocateToInvoice");
  }

  @Test
  void anInvoiceThatIsNotOpenIsRefused() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(PaymentAllocationProcess.ALLOCATE_PAYMENT);

    Assertions.assertThatThrownBy(() -> complete(task(), withVariables("allocateTo", "INV-9")))
        .satisfies(e -> Assertions.assertThat(TaskRefusal.isRefusal(e)).isTrue());

    assertThat(pi).isWaitingAt(PaymentAllocationProcess.ALLOCATE_PAYMENT);
  }
}
