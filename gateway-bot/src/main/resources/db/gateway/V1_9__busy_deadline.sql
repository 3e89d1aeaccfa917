-- A chat waiting for speech, an edit, a clip or a video moves on by itself after this (the answer may be lost).
alter table chat_session add column busy_until timestamptz;
create index chat_session_busy_until on chat_session (busy_until) where busy_until is not null;
