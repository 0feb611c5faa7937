-- What each stored batch adds to the daily rollups, the taxonomy's statistics and the event spans,
-- counted in memory from exactly the events it stored, committed with those events, and applied by
-- one follower that merges the rows waiting and deletes them in the same transaction (so each is
-- applied once). Requests no longer upsert the rollups themselves: batches that touch the same
-- accounts do not wait for each other's rollup rows. A row is a batch's counts as parallel arrays:
-- per account, day, name and feature; per person, day, name and feature (with the account); per
-- event name (count, first and last received, an example of its properties); and when the batch saw
-- people it knew (the first and the last time), which the follower writes to people likewise.
create table rollup_deltas (
    id                  bigint generated always as identity primary key,
    written_at          timestamptz not null default now(),
    account_ids         bigint[]    not null,
    account_days        date[]      not null,
    account_names       text[]      not null,
    account_features    text[]      not null,
    account_events      int[]       not null,
    person_ids          bigint[]    not null,
    person_days         date[]      not null,
    person_names        text[]      not null,
    person_features     text[]      not null,
    person_accounts     bigint[]    not null,
    person_events       int[]       not null,
    names               text[]      not null,
    name_events         bigint[]    not null,
    name_first_seen     timestamptz[] not null,
    name_last_seen      timestamptz[] not null,
    name_examples       text[]      not null,
    seen_people         bigint[]    not null,
    seen_first          timestamptz[] not null,
    seen_last           timestamptz[] not null
);

-- rows live for a fraction of a second: out of line without compression, which would cost each
-- batch CPU for bytes that are deleted at once
alter table rollup_deltas alter column account_ids set storage external, alter column account_days set storage external,
    alter column account_names set storage external, alter column account_features set storage external,
    alter column account_events set storage external, alter column person_ids set storage external,
    alter column person_days set storage external, alter column person_names set storage external,
    alter column person_features set storage external, alter column person_accounts set storage external,
    alter column person_events set storage external, alter column names set storage external,
    alter column name_events set storage external, alter column name_first_seen set storage external,
    alter column name_last_seen set storage external, alter column name_examples set storage external,
    alter column seen_people set storage external, alter column seen_first set storage external,
    alter column seen_last set storage external;
