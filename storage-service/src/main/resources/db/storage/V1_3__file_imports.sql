-- Users' uploads being imported: a job per request, so a download and re-encode never run inside a consumer's
-- transaction and an import interrupted by a restart is taken up again.
create table file_import (
    request_id  uuid primary key,
    user_id     bigint      not null,
    file_id     text        not null,
    purpose     text        not null,
    status      text        not null check (status in ('QUEUED', 'RUNNING', 'DONE')),
    attempts    int         not null default 0,
    lease_until timestamptz,
    created_at  timestamptz not null
);
create index file_import_claimable on file_import (created_at) where status in ('QUEUED', 'RUNNING');
