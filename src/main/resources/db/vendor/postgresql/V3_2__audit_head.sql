-- The head of an empty log: sequence 0 and the genesis hash, 32 zero bytes.
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));
