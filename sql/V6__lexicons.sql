-- User-editable lexicons: concepts with competing names, hedges, intensifiers and attribution
-- verbs, each stored as the JSON of org.parallax.text.compare.Lexicon. The comparison uses every
-- enabled lexicon, merged into one (LexiconService.current()).
create table lexicon (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null,
    definition  text         not null,
    enabled     boolean      not null default true,
    -- who created it, for the accounts that come later
    owner_id    bigint       references app_user (id),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    updated_by  bigint       references app_user (id),
    constraint lexicon_name_key unique (name)
);
