-- Customer accounts, the people at them, and the staff who look after each one.
create table accounts (
    id              bigint generated always as identity primary key,
    external_id     text unique,
    name            text        not null,
    domain          text,
    industry        text,
    employees       integer     check (employees >= 0),
    country         text,
    plan            text,
    tier            text        not null check (tier in ('STANDARD', 'LARGE', 'KEY')),
    lifecycle_stage text        not null check (lifecycle_stage in ('TRIAL', 'ONBOARDING', 'ADOPTION', 'MATURE', 'CHURNED')),
    owner_id        bigint      references staff_users (id),
    customer_since  date,
    churned_at      date,
    churn_reason    text,
    traits          jsonb       not null default '{}',
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         integer     not null default 0
);
create index accounts_lower_name on accounts (lower(name));
create index accounts_owner on accounts (owner_id);
create index accounts_tier_stage on accounts (tier, lifecycle_stage);

-- The history of an account's tier, lifecycle stage and owner: one row per period in which they
-- held, so that the account can be read as of any past moment. valid_to is null for the current row.
create table account_versions (
    account_id      bigint      not null references accounts (id),
    valid_from      timestamptz not null,
    valid_to        timestamptz,
    tier            text        not null,
    lifecycle_stage text        not null,
    owner_id        bigint      references staff_users (id),
    changed_by      bigint      references staff_users (id),
    recorded_at     timestamptz not null default now(),
    primary key (account_id, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
create unique index account_versions_current on account_versions (account_id) where valid_to is null;

create table people (
    id              bigint generated always as identity primary key,
    account_id      bigint      references accounts (id),
    external_id     text unique,
    email           text,
    name            text,
    title           text,
    role            text        not null default 'USER' check (role in ('ADMIN', 'CHAMPION', 'USER')),
    first_seen_at   timestamptz,
    last_seen_at    timestamptz,
    traits          jsonb       not null default '{}',
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         integer     not null default 0,
    check (external_id is not null or email is not null)
);
create index people_account on people (account_id);
create index people_lower_email on people (lower(email));
create index people_lower_name on people (lower(name));

-- The account team beside the owner (who is the team's CSM): sales, support lead, engineers, sponsor.
create table account_team_members (
    account_id      bigint      not null references accounts (id),
    staff_user_id   bigint      not null references staff_users (id),
    role            text        not null check (role in ('SALES', 'SUPPORT_LEAD', 'ENGINEER', 'EXECUTIVE_SPONSOR')),
    added_at        timestamptz not null default now(),
    primary key (account_id, role, staff_user_id)
);
create index account_team_members_staff on account_team_members (staff_user_id);
