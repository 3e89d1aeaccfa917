-- An edited image remembers the image it was made from (bucket and key to follow the chain, the whole reference for a
-- parent this catalog does not hold, such as a demo portrait), so a chain of edits leads back to the original.
alter table asset add column parent_bucket text, add column parent_key text, add column parent_ref text;
