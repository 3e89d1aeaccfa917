-- Feedback (the seed's feedback form): a user asked to write to the team, and what they wrote. Kept here whatever
-- happens to the forwarded copies, so no message is lost when no admin chat is configured.
create table feedback_request (
    user_id      bigint primary key,
    requested_at timestamptz not null
);

create table feedback (
    id         uuid primary key,
    user_id    bigint      not null,
    text       text        not null,
    created_at timestamptz not null
);
create index feedback_by_time on feedback (created_at);
