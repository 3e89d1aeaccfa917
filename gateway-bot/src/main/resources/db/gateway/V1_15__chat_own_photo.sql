-- a user's own photo, accepted as the character (an AssetRef as JSON, the portrait storage-service made of it)
alter table chat_session add column own_photo text;
