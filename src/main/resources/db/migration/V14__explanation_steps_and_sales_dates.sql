-- Reassort store, schema 14: a proposal's explanation is stored as its steps, and the store's sales dates come
-- from indexes.
-- Explanations: a plan run rendered ~3 KB of text per proposal (100,000 of them) and stored it, though a planner
-- reads a handful. The steps column holds the numbers and template codes (engine.policy.ExplanationSteps, a few
-- hundred bytes), rendered to text when one is read. Rows written before keep their text in explanation; a row
-- has one or the other.
-- Sales dates and count (Store.summary(), asked by every forecast run): they were a scan of every sales_block row,
-- payloads included. MIN and MAX are now index lookups; the line count is kept in sales_total, one row, changed by
-- each import in its transaction (lines inserted − lines replaced).

ALTER TABLE proposal_explanation ADD COLUMN IF NOT EXISTS steps VARBINARY(1000000);
ALTER TABLE proposal_explanation ALTER COLUMN explanation SET NULL;

CREATE INDEX IF NOT EXISTS sales_block_by_first_date ON sales_block (first_date);
CREATE INDEX IF NOT EXISTS sales_block_by_last_date ON sales_block (last_date);

CREATE TABLE IF NOT EXISTS sales_total (
    line_count BIGINT NOT NULL
);
INSERT INTO sales_total (line_count) SELECT COALESCE(SUM(line_count), 0) FROM sales_block;
