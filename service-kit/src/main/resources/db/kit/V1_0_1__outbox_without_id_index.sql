-- The relay reads the outbox by seq only; ids are generated (UUIDv7) and never looked up, so the unique index on them
-- cost every event an extra B-tree insert for nothing.
alter table outbox drop constraint outbox_id_key;
