-- PostgreSQL only (H2 has no partial indexes): the rare answers to auditors' questions are found
-- without walking every order (bench/audit, issue 14).
create index ix_audit_order_unreviewed on audit_order (first_at)
    where confirmed_at is not null and manager_reviewed = false;
create index ix_audit_order_late_contract on audit_order (first_at)
    where contract_signed_at > delivered_at;
create index ix_audit_order_discount on audit_order (max_discount_percent, first_at);
