-- An edit per request, so a provider call (up to minutes) never runs in a consumer's transaction or poll loop, and an
-- edit interrupted by a restart is taken up again. command is the EditImage payload as it arrived (JSON).
create table edit_job (
    request_id  uuid primary key,
    user_id     bigint      not null,
    command     text        not null,
    status      text        not null check (status in ('QUEUED', 'RUNNING', 'DONE')),
    attempts    int         not null default 0,
    lease_until timestamptz,
    created_at  timestamptz not null
);
create index edit_job_claimable on edit_job (created_at) where status in ('QUEUED', 'RUNNING');
