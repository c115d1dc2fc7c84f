-- PostgreSQL only: contract versions and customer signatures are insert-only, like documents.
create trigger contract_version_immutable
    before update or delete on contract_version
    for each row execute function refuse_document_change();

create trigger contract_signature_immutable
    before update or delete on contract_signature
    for each row execute function refuse_document_change();
