-- Reassort store, schema 13: where an exported allocation or transfer went, as V7 did for order proposals.
-- An allocation or transfer export (reassort export --kind allocations|transfers) marks every exported proposal
-- EXPORTED with the file name and time, and writes one audit_entry per proposal in the same transaction.

ALTER TABLE allocation_proposal ADD COLUMN IF NOT EXISTS exported_file VARCHAR(1000);
ALTER TABLE allocation_proposal ADD COLUMN IF NOT EXISTS exported_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE transfer_proposal ADD COLUMN IF NOT EXISTS exported_file VARCHAR(1000);
ALTER TABLE transfer_proposal ADD COLUMN IF NOT EXISTS exported_at TIMESTAMP WITH TIME ZONE;
