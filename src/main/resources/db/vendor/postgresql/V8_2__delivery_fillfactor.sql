-- A delivery row is written three times: inserted with the snapshot, leased, then given its
-- result. The lease touches no indexed column, so with room left on the row's page PostgreSQL
-- writes the new version there (a HOT update) without an entry in each of the four indexes.
ALTER TABLE delivery SET (fillfactor = 70);
