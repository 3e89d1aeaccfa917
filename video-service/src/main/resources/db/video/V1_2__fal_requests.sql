-- A generation's request at fal, saved as soon as fal accepts it: after a restart the job waits on this request again
-- instead of submitting (and paying for) a second one.
create table fal_request (
    generation_id uuid primary key,
    request_id    text        not null,
    status_url    text        not null,
    response_url  text        not null,
    submitted_at  timestamptz not null,
    completed_at  timestamptz
);
