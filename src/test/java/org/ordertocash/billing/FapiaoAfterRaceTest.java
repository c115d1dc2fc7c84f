package org.ordertocash.billing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.ordertocash.identity.CurrentUser;

/**
 * A fapiao recorded at the moment a job moves the invoice's collection on (a credit note or
 * payment has just settled it) is recorded, not answered with 409 (seen in CreditNoteTest on CI).
 */
class FapiaoAfterRaceTest {

  @Test
  void aFapiaoThatLostARaceWithAJobIsRecordedOnceMore() {
    InvoicingService invoicing = mock(InvoicingService.class);
    when(invoicing.recordFapiao(any(), any(), any(), any()))
        .thenThrow(new OptimisticLockingException("the collection moved on meanwhile"))
        .thenReturn(null);
    CurrentUser fiona = mock(CurrentUser.class);
    when(fiona.id()).thenReturn("fiona");

    new InvoiceController(invoicing, mock(CreditNotes.class), fiona)
        .recordFapiao("INV-1", new InvoiceController.FapiaoRequest("3100231130", "12345678"));

    verify(invoicing, times(2)).recordFapiao("INV-1", "3100231130", "12345678", "fiona");
  }
}
