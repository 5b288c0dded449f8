-- RecognisersOnListItems (Postgres): recognition phrases on list items and lexicon entries (issue 11); a lexicon entry is a
-- list_items row of Kind 'Lexicon', so it is versioned, published and refined with the items of its set.
ALTER TABLE list_items ADD "Recognisers" character varying(4000) NULL;
