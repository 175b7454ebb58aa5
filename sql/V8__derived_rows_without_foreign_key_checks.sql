-- An article's derived rows (its sentences, term bag, actors and signature terms: 30 to 90 rows per
-- article) are written only by Parallax, in the same transaction as the article or, for signature
-- terms, when it is grouped, always with the id the article's insert returned. A foreign key checked
-- every one of those rows with a lookup and a lock of its article: in the import benchmark that was
-- 0.9 ms of PostgreSQL's 4.3 ms of CPU per imported article. The keys go. Deleting articles still
-- deletes their derived rows, as the keys' "on delete cascade" did, through one statement-level
-- trigger (deleting is rare; importing is not).
/* [jooq ignore start] */
alter table article_sentence drop constraint article_sentence_article_id_fkey;
alter table article_terms drop constraint article_terms_article_id_fkey;
alter table article_actor drop constraint article_actor_article_id_fkey;
alter table article_signature drop constraint article_signature_article_id_fkey;

create function delete_derived_article_rows() returns trigger language plpgsql as $$
begin
    delete from article_sentence d using deleted_article a where d.article_id = a.id;
    delete from article_terms d using deleted_article a where d.article_id = a.id;
    delete from article_actor d using deleted_article a where d.article_id = a.id;
    delete from article_signature d using deleted_article a where d.article_id = a.id;
    return null;
end
$$;

create trigger article_deleted_with_derived_rows after delete on article
    referencing old table as deleted_article
    for each statement execute function delete_derived_article_rows();

-- A term bag (two arrays of a few hundred terms and counts, about 5 kB) is stored as it is, in its
-- row, rather than compressed: compressing it cost more than writing it.
alter table article_terms set (toast_tuple_target = 8160);
/* [jooq ignore stop] */
