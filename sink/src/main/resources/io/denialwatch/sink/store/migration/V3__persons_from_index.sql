-- The persons list (every page load asks for it; recomputed at most every 5 s) read from an index
-- alone instead of a scan of every row with its body: the person index also carries the name.
DROP INDEX alerts_by_person;
CREATE INDEX alerts_by_person ON alerts (person_id, denial_at DESC) INCLUDE (person_name);
