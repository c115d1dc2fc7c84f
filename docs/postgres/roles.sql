-- Two roles for the order-to-cash database (README "PostgreSQL roles: who may change the audit
-- trail"). Run once as a superuser, connected to the "postgres" database:
--   psql -v owner=ordertocash_owner -v owner_password=... -v app=ordertocash_app \
--        -v app_password=... -v database=ordertocash -d postgres -f docs/postgres/roles.sql
-- The owner runs the schema migrations (spring.flyway.user) and owns the tables and their
-- triggers; the application connects as "app" (spring.datasource.username), which may read and
-- write business data but only read and append audit records.
create role :"owner" login password :'owner_password';
create role :"app" login password :'app_password';
create database :"database" owner :"owner";
