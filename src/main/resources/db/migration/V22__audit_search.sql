-- What auditors search orders by, kept up to date from the audit records as they are appended
-- (AuditOrderIndex, under the chain's lock). Derived, not evidence: it can be rebuilt from
-- audit_record, and the timeline an auditor then opens comes from the chain itself.
create table audit_order (
    order_number          varchar(64)  not null primary key,
    customer_code         varchar(20),
    first_at              timestamp with time zone not null,
    last_at               timestamp with time zone not null,
    status                varchar(20),
    manager_reviewed      boolean      not null,   -- a sales manager completed "Review order"
    max_discount_percent  numeric(7,2),            -- the largest price deviation below list seen
    confirmed_at          timestamp with time zone,
    delivered_at          timestamp with time zone,
    contract_signed_at    timestamp with time zone
);
create index ix_audit_order_first on audit_order (first_at);
create index ix_audit_order_customer on audit_order (customer_code, first_at);
create index ix_audit_order_status on audit_order (status, first_at);

-- Who took part in an order: INVOLVED (entered, completed a task, wrote, acted as operator) and
-- APPROVED (approved it in a review or a quotation approval).
create table audit_order_user (
    order_number  varchar(64)  not null,
    user_id       varchar(100) not null,
    role          varchar(20)  not null,
    primary key (order_number, user_id, role)
);
create index ix_audit_order_user on audit_order_user (user_id, role, order_number);
