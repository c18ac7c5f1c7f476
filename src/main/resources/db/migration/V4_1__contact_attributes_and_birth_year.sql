-- Free attributes move onto the contact row, as one JSON object (keys sorted, no space). A segment
-- condition on an attribute is then a filter of the one scan that segment counts make of contact,
-- instead of a semi-join of a table holding a row per attribute, and an import writes two rows
-- fewer per contact. Escaping is JSON's (as AttributeJson writes it).
ALTER TABLE contact ADD COLUMN attributes VARCHAR;

UPDATE contact c SET attributes = (
    SELECT '{' || STRING_AGG('"' || a.name || '":"'
        || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(a.attr_value, '\', '\\'), '"', '\"'),
            CHR(10), '\n'), CHR(13), '\r'), CHR(9), '\t')
        || '"', ',' ORDER BY a.name) || '}'
    FROM contact_attribute a WHERE a.contact_id = c.id)
WHERE c.id IN (SELECT contact_id FROM contact_attribute);

DROP TABLE contact_attribute;

-- The age band is computed when a segment is counted, from the birth year kept in clear, so that it
-- moves on as people age (a band stored at write time went stale). The birth year is what every
-- screen and API answer already shows of the birth date to every role; a band with a "valid until"
-- date would have revealed the birth date itself. Bands of contacts written before this version
-- appear when they are written again (the year is only in the vault until then).
ALTER TABLE contact ADD COLUMN birth_year SMALLINT;
ALTER TABLE contact DROP COLUMN age_band;
