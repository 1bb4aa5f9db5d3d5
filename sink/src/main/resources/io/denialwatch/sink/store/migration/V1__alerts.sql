-- The desk's store. alerts holds the latest revision of each alert (the newer revision wins),
-- alert_revisions every revision ever received, acks who at the desk has dealt with an alert.

CREATE TABLE alerts (
    alert_id     text PRIMARY KEY,
    revision     integer NOT NULL,
    person_id    text NOT NULL,
    person_name  text NOT NULL,
    lang         text,
    outlets      text[] NOT NULL DEFAULT '{}',
    denial_score double precision NOT NULL,
    denial_at    timestamptz,
    created_at   timestamptz,
    body         jsonb NOT NULL,
    -- folded words (see SearchText): indexed with 'simple', which works alike for every language
    search_text  text NOT NULL,
    search       tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED,
    stored_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alerts_by_time ON alerts (denial_at DESC NULLS LAST, alert_id);
CREATE INDEX alerts_by_person ON alerts (person_id, denial_at DESC);
CREATE INDEX alerts_by_outlet ON alerts USING gin (outlets);
CREATE INDEX alerts_search ON alerts USING gin (search);

CREATE TABLE alert_revisions (
    alert_id    text NOT NULL,
    revision    integer NOT NULL,
    body        jsonb NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (alert_id, revision)
);

CREATE TABLE acks (
    alert_id  text PRIMARY KEY REFERENCES alerts (alert_id),
    acked_by  text NOT NULL,
    note      text,
    acked_at  timestamptz NOT NULL
);
