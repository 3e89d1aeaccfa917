-- Paid provider calls per user (speech, edits, renders), for the hourly limit; rows older than the window are pruned.
create table paid_call (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null,
    kind         text        not null,
    requested_at timestamptz not null
);
create index paid_call_user_time on paid_call (user_id, requested_at);
