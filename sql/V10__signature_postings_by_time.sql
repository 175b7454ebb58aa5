-- The candidate search reads only the postings within an article's time window (undated postings
-- are within every window): per term, a range of this index rather than all of the term's
-- postings, which grow with the corpus. The primary key keeps postings unique and no longer
-- needs to carry the time.
/* [jooq ignore start] */
create index article_signature_term_time_idx on article_signature (term, published_at) include (article_id);
alter table article_signature drop constraint article_signature_pkey;
alter table article_signature add constraint article_signature_pkey primary key (term, article_id);
/* [jooq ignore stop] */
