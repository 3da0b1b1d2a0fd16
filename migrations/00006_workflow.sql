-- +goose Up
-- Who submitted an activity, for which country, and the history of its status.
ALTER TABLE activities
    ADD COLUMN submitted_by  bigint REFERENCES users,
    ADD COLUMN submitted_for char(3) REFERENCES countries,
    -- A contact for the record; private, shown to staff only.
    ADD COLUMN contact       text NOT NULL DEFAULT '' CHECK (length(contact) <= 500),
    -- The experts who carried the activity out, as free text until the roster links them.
    ADD COLUMN experts       text NOT NULL DEFAULT '' CHECK (length(experts) <= 5000);
CREATE INDEX activities_submitted_by_idx ON activities (submitted_by) WHERE submitted_by IS NOT NULL;
CREATE INDEX activities_pending_idx ON activities (updated_at) WHERE status = 'pending';

-- Every form carries a key; the first request with a key makes the record, and a double click,
-- a resend or a retry finds that record instead of making another.
CREATE TABLE submission_keys (
    key         uuid PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    activity_id integer REFERENCES activities ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- One row for every status change, written in the same transaction as the change.
CREATE TABLE activity_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    activity_id integer NOT NULL REFERENCES activities ON DELETE CASCADE,
    actor_id    bigint REFERENCES users,
    action      text NOT NULL,
    from_status text NOT NULL,
    to_status   text NOT NULL,
    note        text NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
    -- The record as it stood when the action was taken, so a reviewer sees what changed since.
    snapshot    jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activity_events_activity_idx ON activity_events (activity_id, id);

-- +goose Down
DROP TABLE activity_events, submission_keys;
ALTER TABLE activities DROP COLUMN submitted_by, DROP COLUMN submitted_for, DROP COLUMN contact, DROP COLUMN experts;
