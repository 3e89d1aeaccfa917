-- The user's clip being imported for the background format: its storage request, so the answer is matched to it.
alter table chat_session add column import_request_id uuid;
