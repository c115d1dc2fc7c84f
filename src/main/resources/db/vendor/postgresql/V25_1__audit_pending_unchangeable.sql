-- PostgreSQL only: a record waiting for the chain cannot be changed, only taken onto the chain
-- (the chainer deletes what it has chained, in the same transaction). The application's own role
-- may read, insert and delete here, nothing else.
create trigger audit_pending_unchangeable
    before update on audit_pending
    for each row execute function refuse_audit_change();

do $$
begin
    if '${approle}' <> '' then
        execute format('revoke update, truncate on audit_pending from %I', '${approle}');
        execute format('grant select, insert, delete on audit_pending to %I', '${approle}');
    end if;
end;
$$;
