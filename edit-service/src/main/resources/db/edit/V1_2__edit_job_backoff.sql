-- A failed edit waits before its next attempt (see service-kit's LeasedJobs).
alter table edit_job add column next_attempt_at timestamptz;
