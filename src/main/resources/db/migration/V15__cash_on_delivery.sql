-- Cash on delivery: the carrier's DELIVERED event reports what it collected from the receiver, in
-- the order's currency; the shipment keeps the latest report for billing to book as a cash payment.
alter table tracking_event add column collected_amount numeric(19, 2) check (collected_amount >= 0);
alter table shipment add column cash_collected numeric(19, 2) check (cash_collected >= 0);
