-- A payment received in a configured foreign currency is booked at what the bank credited in the
-- company's currency (amount, currency); what the customer sent is kept beside it.
alter table payment add column original_amount numeric(19, 2) check (original_amount > 0);
alter table payment add column original_currency varchar(3);
