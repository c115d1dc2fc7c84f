-- Credit notes are invoices of kind CREDIT_NOTE that name the invoice they correct. A request
-- key (the caller's Idempotency-Key) makes a repeated request answer the credit note it made.
create sequence credit_note_number_seq start with 1;

alter table invoice add column request_key varchar(100);
alter table invoice add column reason varchar(500);
alter table invoice add constraint uq_invoice_request unique (corrects_invoice, request_key);
