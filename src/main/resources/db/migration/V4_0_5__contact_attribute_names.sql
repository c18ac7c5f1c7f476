-- The names of the free attributes present in the base: what campaign templates may use as merge
-- fields, known without scanning every contact's attributes.
CREATE TABLE contact_attribute_name (
    name VARCHAR(64) PRIMARY KEY
);
INSERT INTO contact_attribute_name (name) SELECT DISTINCT name FROM contact_attribute;
