-- The audit trail (issue 14, ADR 0016): one append-only, hash-chained record per thing that
-- happened to an order: process steps, tasks with what the person entered, decisions, messages,
-- documents, customer mail, incidents, operator actions, status changes and every /api write.
-- Each record's hash covers its content and the previous record's hash, so a changed or removed
-- record breaks the chain at that point (GET /api/audit/verify). On PostgreSQL triggers refuse
-- UPDATE, DELETE and TRUNCATE (V21_1) and the app's account holds neither right (README).
create table audit_record (
    seq                 bigint        not null primary key,   -- position in the chain, from 1
    recorded_at         timestamp with time zone not null,
    order_number        varchar(64),                          -- the order (or other business key)
    kind                varchar(40)   not null,
    actor               varchar(100)  not null,               -- a user id, or "system"
    request_id          varchar(64),                          -- the HTTP request that led to it
    process_instance_id varchar(64),
    process_key         varchar(255),
    activity_id         varchar(255),
    summary             varchar(1000) not null,
    details             varchar(100000),                              -- JSON
    prev_hash           varchar(64)   not null,
    hash                varchar(64)   not null
);
create index ix_audit_record_order on audit_record (order_number, seq);
create index ix_audit_record_request on audit_record (request_id);

-- The end of the chain; appenders lock this one row, so records join the chain one at a time.
create table audit_chain_head (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
