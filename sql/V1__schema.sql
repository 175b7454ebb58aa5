-- Parallax schema v1: users (a single local user until accounts arrive), outlets, import batches
-- with their reports, and articles. Derived text features and events are added by later
-- migrations as tables keyed by article id, so this schema never needs rewriting for them.
--
-- Key columns are varchar(n) rather than text so that jOOQ's DDL-based code generation
-- (which replays this file into H2) can index them; PostgreSQL treats both alike.
--
-- Conventions: identity primary keys; timestamps are timestamptz; text offsets elsewhere are
-- half-open [begin, end) character offsets into article.body.

create table app_user (
    id           bigint generated always as identity primary key,
    username     varchar(100) not null,
    display_name text        not null,
    created_at   timestamptz not null default now(),
    constraint app_user_username_key unique (username)
);

-- The single local user every action is attributed to until accounts exist.
insert into app_user (username, display_name) values ('local', 'Local user');

create table outlet (
    id          bigint generated always as identity primary key,
    name        text        not null,
    -- lower-cased, punctuation-free form of the name: one outlet per key
    name_key    varchar(300) not null,
    homepage    text,
    country     text,
    language    text,
    ownership   text,
    created_at  timestamptz not null default now(),
    constraint outlet_name_key_key unique (name_key),
    constraint outlet_ownership_check check (ownership in ('state', 'public', 'private', 'non-profit', 'unknown'))
);

-- Other names and hosts that resolve to an outlet ("RFE/RL", "www.example.org").
create table outlet_alias (
    alias_key  varchar(300) primary key,
    outlet_id  bigint not null references outlet (id) on delete cascade
);

create table import_batch (
    id              bigint generated always as identity primary key,
    source_name     text        not null,
    format          text        not null,
    status          text        not null default 'running',
    created_count   integer     not null default 0,
    duplicate_count integer     not null default 0,
    rejected_count  integer     not null default 0,
    warning_count   integer     not null default 0,
    started_at      timestamptz not null default now(),
    finished_at     timestamptz,
    created_by      bigint      not null references app_user (id),
    constraint import_batch_status_check check (status in ('running', 'finished', 'failed', 'cancelled'))
);

-- One line of an import report: a rejected record or a warning about a stored one.
create table import_issue (
    id        bigint generated always as identity primary key,
    batch_id  bigint  not null references import_batch (id) on delete cascade,
    kind      text    not null,
    record    text    not null,
    message   text    not null,
    constraint import_issue_kind_check check (kind in ('rejected', 'warning', 'duplicate'))
);

create table article (
    id               bigint generated always as identity primary key,
    outlet_id        bigint      references outlet (id),
    -- which evidence attributed the outlet (see OutletEvidence) and the text that carried it
    outlet_evidence  text,
    outlet_snippet   text,
    upstream_source  text,
    title            text        not null,
    url              text,
    byline           text,
    published_at     timestamptz,
    -- the zone or offset the source gave with the time, so it can be shown as published
    published_zone   text,
    language         text,
    body             text        not null,
    word_count       integer     not null,
    -- SHA-256 (hex) of the normalised title and body: the same text is one article
    content_hash     char(64)    not null,
    flags            text[]      not null default '{}',
    import_batch_id  bigint      references import_batch (id),
    source_record    text,
    created_at       timestamptz not null default now(),
    created_by       bigint      not null references app_user (id)
);

create index article_outlet_idx on article (outlet_id);
create index article_batch_idx on article (import_batch_id);
create index article_published_idx on article (published_at);
create index import_issue_batch_idx on import_issue (batch_id);

/* [jooq ignore start] */
create unique index article_content_hash_idx on article (content_hash);
create unique index article_url_idx on article (url) where url is not null;
create index article_title_lower_idx on article (lower(title));
/* [jooq ignore stop] */
