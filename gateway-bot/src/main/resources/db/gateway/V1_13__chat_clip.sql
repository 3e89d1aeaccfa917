-- the background clip chosen at the start of creation (an AssetRef as JSON), kept until the video is made
alter table chat_session add column clip text;
