-- A failed import waits before its next attempt (see service-kit's LeasedJobs).
alter table file_import add column next_attempt_at timestamptz;
