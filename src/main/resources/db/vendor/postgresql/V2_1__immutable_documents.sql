-- PostgreSQL only (H2, the embedded development database, has no PL/pgSQL): documents are
-- insert-only. An archived contract or an issued quotation can neither be changed nor removed,
-- not even by a maintenance script that bypasses the application.
create function refuse_document_change() returns trigger language plpgsql as $$
begin
    raise exception 'document % is immutable: % refused', old.id, tg_op;
end;
$$;

create trigger document_immutable
    before update or delete on document
    for each row execute function refuse_document_change();
