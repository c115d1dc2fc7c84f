-- Issue 15: documents and mails go out in the customer's language; products carry a Chinese name
-- beside the English one. Existing customers keep the organisation's default language.
alter table customer add column language varchar(5) default 'zh-CN' not null;
alter table customer add constraint customer_language check (language in ('zh-CN', 'en'));
alter table product add column name_zh varchar(200);
