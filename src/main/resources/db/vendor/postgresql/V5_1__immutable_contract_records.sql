-- PostgreSQL only: contract versions and customer signatures are insert-only, like documents.
create function refuse_contract_record_change() returns trigger language plpgsql as $$
begin
    raise exception '% % is immutable: % refused', tg_table_name, old.id, tg_op;
end;
$$;

create trigger contract_version_immutable
    before update or delete on contract_version
    for each row execute function refuse_contract_record_change();

create trigger contract_signature_immutable
    before update or delete on contract_signature
    for each row execute function refuse_contract_record_change();
