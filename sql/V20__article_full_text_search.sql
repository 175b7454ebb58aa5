-- Full-text search over an article's words: its title (weight A) and its body (weight B), English
-- stemming and stop words. An expression index, so no column is stored: queries must use exactly
-- this expression (see ArticleSearch.DOCUMENT) for PostgreSQL to use the index.
/* [jooq ignore start] */
create index article_search_idx on article using gin (
    (setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
     || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')));
/* [jooq ignore stop] */
