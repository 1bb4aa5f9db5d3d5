-- One alert per denial: the other watched entities it concerns are in the body's also_concerns.
-- A desk filtering on one of them must find the alert too, from an index, not a scan of bodies.
CREATE INDEX alerts_also_concerns ON alerts USING gin ((body -> 'also_concerns') jsonb_path_ops);
