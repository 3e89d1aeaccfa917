-- The character image the user edited (an AssetRef as JSON; null means the demo portrait) and the edit in progress.
alter table chat_session add column character_image text, add column edit_request_id uuid;
