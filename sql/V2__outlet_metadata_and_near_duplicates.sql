-- Outlets: bias ratings a user records (Parallax ships none), and who last edited an outlet.
-- Articles: near-duplicates (the same story re-published with small edits) are kept but linked.

create table outlet_rating (
    id          bigint generated always as identity primary key,
    outlet_id   bigint      not null references outlet (id) on delete cascade,
    -- who rated: the organisation or study the rating comes from
    source      text        not null,
    -- the rating as the source states it ("left-center", "mixed factual reporting", "3.5/5")
    rating      text        not null,
    rated_on    date,
    note        text,
    created_at  timestamptz not null default now(),
    created_by  bigint      not null references app_user (id)
);
create index outlet_rating_outlet_idx on outlet_rating (outlet_id);

alter table outlet add column updated_at timestamptz;
alter table outlet add column updated_by bigint references app_user (id);

-- The earlier stored article this one nearly duplicates, and how similar they are (shingle Jaccard, 0..1).
alter table article add column near_duplicate_of bigint references article (id) on delete set null;
alter table article add column near_duplicate_similarity double precision;
create index article_near_duplicate_idx on article (near_duplicate_of);

alter table import_batch add column near_duplicate_count integer not null default 0;

alter table import_issue drop constraint import_issue_kind_check;
alter table import_issue add constraint import_issue_kind_check check (kind in ('rejected', 'warning', 'duplicate', 'near-duplicate'));
