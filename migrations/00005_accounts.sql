-- +goose Up
-- People who sign in, their sessions, the e-mail they are sent, and what guards their accounts.
CREATE TABLE users (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           text NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    organisation    text NOT NULL DEFAULT '' CHECK (length(organisation) <= 200),
    country         char(3) REFERENCES countries,
    role            text NOT NULL CHECK (role IN ('admin', 'staff', 'focal_point', 'member')),
    status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    password_hash   text NOT NULL DEFAULT '', -- empty until an invited user sets a password
    email_confirmed boolean NOT NULL DEFAULT false,
    -- Sessions remember the epoch they were signed in under; bumping it ends them all.
    session_epoch   integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_sign_in_at timestamptz,
    CHECK (role <> 'focal_point' OR country IS NOT NULL)
);
CREATE UNIQUE INDEX users_email_idx ON users (email);

-- The session store's table (scs pgxstore).
CREATE TABLE sessions (
    token  text PRIMARY KEY,
    data   bytea NOT NULL,
    expiry timestamptz NOT NULL
);
CREATE INDEX sessions_expiry_idx ON sessions (expiry);

-- Single-use links: e-mail confirmation, password reset, invitation. Only a hash of the
-- random token is kept, so the table cannot be used to forge a link.
CREATE TABLE user_tokens (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    purpose    text NOT NULL CHECK (purpose IN ('confirm', 'reset', 'invite')),
    token_hash bytea NOT NULL UNIQUE,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Failed sign-ins, counted per account and per client address to slow down guessing.
CREATE TABLE sign_in_failures (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text NOT NULL,
    address    text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failures_email_idx ON sign_in_failures (email, created_at);
CREATE INDEX sign_in_failures_address_idx ON sign_in_failures (address, created_at);

-- E-mail to send, written in the same transaction as the change that causes it.
CREATE TABLE outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient       text NOT NULL,
    subject         text NOT NULL,
    body            text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text NOT NULL DEFAULT '',
    sent_at         timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE sent_at IS NULL;

-- +goose Down
DROP TABLE outbox, sign_in_failures, user_tokens, sessions, users;
