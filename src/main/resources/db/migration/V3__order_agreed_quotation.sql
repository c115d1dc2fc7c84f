-- Orders that went through negotiation carry the quotation (number and version) the customer
-- accepted; its prices and payment terms are then the order's.
alter table sales_order add column agreed_quotation varchar(40);
