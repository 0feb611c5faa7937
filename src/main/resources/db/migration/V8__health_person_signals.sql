-- Each person's latest signals (as of the day of the last computation), so that segments over people
-- are plain SQL like segments over accounts. A person without a row had no activity.
create table person_health (
    person_id       bigint      primary key,
    account_id      bigint,
    as_of           date        not null,
    signals         jsonb       not null,
    computed_at     timestamptz not null default now()
);
create index person_health_account on person_health (account_id);
