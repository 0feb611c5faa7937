-- Substring search (ILIKE '%...%') over names, domains, emails and external ids stays fast on large
-- books of business with trigram indexes. pg_trgm is a trusted extension (PostgreSQL 13+): the owner
-- of the database may create it.
create extension if not exists pg_trgm;

create index accounts_name_trgm on accounts using gin (name gin_trgm_ops);
create index accounts_domain_trgm on accounts using gin (domain gin_trgm_ops);
create index accounts_external_id_trgm on accounts using gin (external_id gin_trgm_ops);
create index accounts_industry on accounts (industry);
create index accounts_country on accounts (country);

create index people_name_trgm on people using gin (name gin_trgm_ops);
create index people_email_trgm on people using gin (email gin_trgm_ops);
create index people_external_id_trgm on people using gin (external_id gin_trgm_ops);
