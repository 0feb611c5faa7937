-- Write keys: how a data source (a Segment destination, a backend, a script) authenticates.
create table write_keys (
    id              bigint generated always as identity primary key,
    name            text        not null,
    key_hash        bytea       not null unique,
    key_prefix      text        not null,
    created_by      bigint      references staff_users (id),
    created_at      timestamptz not null default now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);

-- Every call received (track, page, screen, identify, group, alias): immutable facts, deduplicated by
-- the sender's messageId. occurred_at is Segment's timestamp after clock-skew correction.
create table events (
    id              bigint generated always as identity primary key,
    message_id      text        not null,
    type            text        not null check (type in ('track', 'page', 'screen', 'identify', 'group', 'alias')),
    name            text        not null,
    account_id      bigint,
    person_id       bigint,
    user_id         text,
    anonymous_id    text,
    occurred_at     timestamptz not null,
    received_at     timestamptz not null,
    properties      jsonb       not null default '{}',
    context         jsonb       not null default '{}',
    write_key_id    bigint      references write_keys (id)
);
create unique index events_message_id on events (message_id);
create index events_occurred_at_brin on events using brin (occurred_at);
create index events_account_time on events (account_id, occurred_at desc) where account_id is not null;
create index events_person_time on events (person_id, occurred_at desc) where person_id is not null;
create index events_anonymous on events (anonymous_id) where person_id is null and anonymous_id is not null;

-- The taxonomy: every event name seen, its category, whether it is a key event (micro-conversion)
-- and which property names the feature used. Categories are read through this table, so a remap
-- applies to past events as well.
create table event_names (
    name              text        primary key,
    category          text        not null default 'OTHER',
    key_event         boolean     not null default false,
    feature_property  text,
    events            bigint      not null default 0,
    first_seen_at     timestamptz,
    last_seen_at      timestamptz,
    example           jsonb
);

insert into event_names (name, category, key_event, feature_property) values
    ('Signed In', 'LOGIN', false, null),
    ('Signed Up', 'SIGNUP', false, null),
    ('Password Reset Requested', 'PASSWORD_RESET', false, null),
    ('Article Viewed', 'KB_VIEW', false, null),
    ('Ticket Created', 'TICKET_OPENED', false, null),
    ('Ticket Solved', 'TICKET_SOLVED', false, null),
    ('Email Delivered', 'EMAIL_DELIVERED', false, null),
    ('Email Opened', 'EMAIL_OPENED', false, null),
    ('Email Link Clicked', 'EMAIL_CLICKED', false, null),
    ('Content Viewed', 'CONTENT_VIEWED', false, null),
    ('Content Downloaded', 'CONTENT_DOWNLOADED', false, null),
    ('Feature Used', 'FEATURE_USED', false, 'feature'),
    ('Trial Started', 'TRIAL_STARTED', false, null),
    ('Trial Ended', 'TRIAL_ENDED', false, null),
    ('Report Created', 'OTHER', true, null),
    ('Integration Connected', 'OTHER', true, null),
    ('User Invited', 'OTHER', true, null),
    ('Page Viewed', 'PAGE_VIEWED', false, null),
    ('Screen Viewed', 'PAGE_VIEWED', false, null);

-- Daily rollups of track, page and screen events, kept current as events arrive and rebuildable
-- from the events. Keyed by event name (categories are joined in), and by the feature for events
-- that name one.
create table account_daily_events (
    account_id      bigint      not null,
    day             date        not null,
    name            text        not null,
    feature         text        not null default '',
    events          integer     not null,
    primary key (account_id, day, name, feature)
);

create table person_daily_events (
    person_id       bigint      not null,
    day             date        not null,
    name            text        not null,
    feature         text        not null default '',
    account_id      bigint,
    events          integer     not null,
    primary key (person_id, day, name, feature)
);
create index person_daily_events_account on person_daily_events (account_id, day);
