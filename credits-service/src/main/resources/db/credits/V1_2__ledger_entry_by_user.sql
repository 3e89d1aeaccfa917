-- History is read per user in order ("my credits", audits), never by entry id alone: one index, (user_id, id), serves
-- both, and every entry written maintains one B-tree instead of two.
alter table ledger_entry drop constraint ledger_entry_pkey;
drop index ledger_entry_user;
alter table ledger_entry add primary key (user_id, id);
