-- Derived text features, computed once when an article is stored (ArticleFeaturesService), and
-- events: every article belongs to exactly one event. Offsets are half-open [begin, end)
-- character offsets into article.body.

-- Sentences with their offsets and the hashed word 5-gram shingles that start in them.
create table article_sentence (
    article_id    bigint  not null references article (id) on delete cascade,
    ordinal       integer not null,
    begin_offset  integer not null,
    end_offset    integer not null,
    shingles      bigint[] not null default '{}',
    primary key (article_id, ordinal)
);

-- The article's bag of stemmed terms (Lucene EnglishAnalyzer), body and title, as parallel arrays.
create table article_terms (
    article_id    bigint   primary key references article (id) on delete cascade,
    body_terms    text[]   not null,
    body_counts   integer[] not null,
    title_terms   text[]   not null,
    title_counts  integer[] not null
);

-- Named actors (people, organisations, places), merged across surface forms within the article.
create table article_actor (
    article_id    bigint  not null references article (id) on delete cascade,
    actor_key     varchar(300) not null,
    name          text    not null,
    forms         text[]  not null,
    mention_count integer not null,
    -- [begin, end) pairs of every mention, flattened
    spans         integer[] not null,
    primary key (article_id, actor_key)
);

-- Document frequencies of body terms over the whole corpus (for idf); the row with term '' holds N.
create table term_stat (
    term            varchar(200) primary key,
    document_count  integer not null
);
insert into term_stat (term, document_count) values ('', 0);

-- The inverted index grouping searches: each article's signature terms (its highest TF-IDF body
-- terms, its title terms, and 'actor:' + its actor keys).
create table article_signature (
    term        varchar(300) not null,
    article_id  bigint       not null references article (id) on delete cascade,
    primary key (term, article_id)
);
create index article_signature_article_idx on article_signature (article_id);

create table event (
    id              bigint generated always as identity primary key,
    title           text        not null,
    -- true once a user named the event: automatic regrouping then keeps the title
    title_edited    boolean     not null default false,
    first_published timestamptz,
    last_published  timestamptz,
    article_count   integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    created_by      bigint      not null references app_user (id)
);
create index event_last_published_idx on event (last_published);

create table event_member (
    article_id   bigint      primary key references article (id) on delete cascade,
    event_id     bigint      not null references event (id) on delete cascade,
    -- the article's score against the event when it joined (EventSimilarity), 1 for the founder
    similarity   double precision not null,
    -- pinned: regrouping never moves it; manual: a user put it here
    pinned       boolean     not null default false,
    manual       boolean     not null default false,
    assigned_at  timestamptz not null default now(),
    assigned_by  bigint      not null references app_user (id)
);
create index event_member_event_idx on event_member (event_id);

-- Who changed which event how, and when (curation history).
create table event_change (
    id         bigint generated always as identity primary key,
    event_id   bigint,
    action     text        not null,
    detail     text        not null,
    changed_at timestamptz not null default now(),
    changed_by bigint      not null references app_user (id)
);
create index event_change_event_idx on event_change (event_id);
