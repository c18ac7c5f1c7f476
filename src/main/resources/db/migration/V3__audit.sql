-- The audit log: append-only, each entry chained to the previous one by its hash.
CREATE TABLE audit_entry (
    seq         BIGINT PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_type  VARCHAR(16)  NOT NULL,
    actor_id    BIGINT,
    token_id    BIGINT,
    actor_name  VARCHAR(100),
    action      VARCHAR(64)  NOT NULL,
    purpose     VARCHAR(32),
    purpose_ref BIGINT,
    reason      VARCHAR(500),
    subjects    VARCHAR(1000000),
    subject_count BIGINT NOT NULL,
    origin_ip   VARCHAR(64),
    user_agent  VARCHAR(300),
    outcome     VARCHAR(16)  NOT NULL,
    detail      VARCHAR(1000),
    hash        BYTEA        NOT NULL
);
CREATE INDEX audit_entry_actor_at ON audit_entry (actor_id, at);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_action_at ON audit_entry (action, at);

-- The contacts of each entry as id ranges, for "who saw whom, when" without reading the text.
-- A range never crosses a multiple of 65536 (longer ones are split), so that the ranges holding
-- one contact id start at most 65535 below it: a bounded scan of audit_subject_range.
-- The verifier checks these rows against the hashed text of their entry.
CREATE TABLE audit_subject (
    seq        BIGINT NOT NULL,
    range_from BIGINT NOT NULL,
    range_to   BIGINT NOT NULL
);
-- Covers the join of the exposure query and the verifier's walk, without reading the table.
CREATE INDEX audit_subject_seq ON audit_subject (seq, range_from, range_to);
CREATE INDEX audit_subject_range ON audit_subject (range_from, range_to);

-- The head of the chain: locked by every append batch, so that appends are serialised across nodes.
CREATE TABLE audit_head (
    id       INT PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    last_hash BYTEA NOT NULL
);
-- Its one row, at the genesis hash (32 zero bytes), is inserted by V3_2 (binary literals differ).
