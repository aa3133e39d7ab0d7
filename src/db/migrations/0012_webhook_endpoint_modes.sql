-- An endpoint can receive the events of both modes (told apart by each event's livemode): the default for endpoints
-- a dashboard session makes without X-Hilt-Mode, since Hilt's SDKs manage webhooks with the session alone. Otherwise
-- it receives the events of its own mode (livemode) only, as before.
ALTER TABLE webhook_endpoints ADD COLUMN all_modes boolean NOT NULL DEFAULT false;
