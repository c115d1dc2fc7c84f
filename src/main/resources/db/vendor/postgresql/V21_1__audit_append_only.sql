-- PostgreSQL only: audit records and the chain's history cannot be changed or removed, not even
-- by the account that created them. The triggers belong to the role that runs the migrations
-- (README "Audit trail on PostgreSQL": not the application's account), so the application can
-- neither drop nor disable them.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only: % on % refused', tg_op, tg_table_name;
end;
$$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function refuse_audit_change();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function refuse_audit_change();

-- The head only moves forward: a new last_seq must be larger and the row cannot go.
create function refuse_audit_head_rewind() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or new.last_seq <= old.last_seq then
        raise exception 'the audit chain head only moves forward: % refused', tg_op;
    end if;
    return new;
end;
$$;

create trigger audit_chain_head_forward
    before update or delete on audit_chain_head
    for each row execute function refuse_audit_head_rewind();

create trigger audit_chain_head_no_truncate
    before truncate on audit_chain_head
    for each statement execute function refuse_audit_change();

-- When the application connects as a role of its own (spring.flyway.placeholders.approle, OTC_DB_APP_ROLE),
-- that role may read and append, nothing else.
do $$
begin
    if '${approle}' <> '' then
        execute format('revoke update, delete, truncate on audit_record from %I', '${approle}');
        execute format('grant select, insert on audit_record to %I', '${approle}');
        execute format('revoke delete, truncate on audit_chain_head from %I', '${approle}');
        execute format('grant select, update on audit_chain_head to %I', '${approle}');
    end if;
end;
$$;
