-- How many alerts and acknowledgements the store holds, kept by triggers in the transaction that
-- adds or removes them: the desk's total of every alert (and of the acknowledged or unacknowledged
-- ones) is then one row read, not a count of every row on every request. One row per table, so
-- that an acknowledgement never waits for a batch of alerts being stored, nor the other way round.

CREATE TABLE store_totals (
    name text PRIMARY KEY,
    n    bigint NOT NULL
);
INSERT INTO store_totals (name, n) VALUES
    ('alerts', (SELECT count(*) FROM alerts)),
    ('acks', (SELECT count(*) FROM acks));

CREATE FUNCTION store_totals_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        UPDATE store_totals SET n = 0 WHERE name = TG_TABLE_NAME;
    ELSE
        UPDATE store_totals SET n = n + CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END WHERE name = TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER alerts_counted AFTER INSERT OR DELETE ON alerts
    FOR EACH ROW EXECUTE FUNCTION store_totals_count();
CREATE TRIGGER alerts_emptied AFTER TRUNCATE ON alerts
    FOR EACH STATEMENT EXECUTE FUNCTION store_totals_count();
CREATE TRIGGER acks_counted AFTER INSERT OR DELETE ON acks
    FOR EACH ROW EXECUTE FUNCTION store_totals_count();
CREATE TRIGGER acks_emptied AFTER TRUNCATE ON acks
    FOR EACH STATEMENT EXECUTE FUNCTION store_totals_count();
