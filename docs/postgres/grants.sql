-- Then, as the same superuser, connected to the new database:
--   psql -v owner=ordertocash_owner -v app=ordertocash_app -d ordertocash -f docs/postgres/grants.sql
-- Camunda creates its own tables at start-up as the application's role; every table the owner's
-- migrations create is readable and writable by the application, except what the audit
-- migrations take back (UPDATE, DELETE, TRUNCATE of audit_record; UPDATE, TRUNCATE of audit_pending).
revoke all on schema public from public;
grant usage, create on schema public to :"app";
alter default privileges for role :"owner" in schema public
    grant select, insert, update, delete on tables to :"app";
alter default privileges for role :"owner" in schema public
    grant usage, select on sequences to :"app";
