-- Entries of the audit log cannot be changed or removed through SQL (whoever owns the database
-- file can drop this; the hash chain and the signed checkpoints then still tell).
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'org.rempart.audit.internal.AppendOnlyTrigger';
CREATE TRIGGER audit_subject_append_only BEFORE UPDATE, DELETE ON audit_subject
    FOR EACH ROW CALL 'org.rempart.audit.internal.AppendOnlyTrigger';
