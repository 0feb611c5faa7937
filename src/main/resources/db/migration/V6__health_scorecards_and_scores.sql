-- Scorecards as the admin defined them, in priority order; with none stored the built-in default
-- applies. Every saved definition is kept in scorecard_revisions.
create table scorecards (
    id              bigint generated always as identity primary key,
    name            text        not null unique,
    position        integer     not null,
    definition      text        not null,
    updated_by      bigint      references staff_users (id),
    updated_at      timestamptz not null default now()
);

create table scorecard_revisions (
    scorecard_id    bigint      not null,
    name            text        not null,
    definition      text,
    changed_by      bigint      references staff_users (id),
    changed_at      timestamptz not null default now()
);
create index scorecard_revisions_card on scorecard_revisions (scorecard_id, changed_at);

-- One score per account per day (as of the end of that day, UTC), kept. Null score: nothing to measure.
create table account_scores (
    account_id      bigint      not null,
    day             date        not null,
    score           numeric(4, 1),
    band            text        check (band in ('RED', 'YELLOW', 'GREEN')),
    scorecard       text        not null,
    computed_at     timestamptz not null default now(),
    primary key (account_id, day)
);
create index account_scores_day on account_scores (day);

-- The latest computation for each account, for lists, the portfolio and segments: its signals by key,
-- the indicators that fire, and its score.
create table account_health (
    account_id      bigint      primary key,
    as_of           date        not null,
    score           numeric(4, 1),
    band            text,
    scorecard       text        not null,
    signals         jsonb       not null,
    indicators      text[]      not null default '{}',
    computed_at     timestamptz not null default now()
);
create index account_health_band on account_health (band);
