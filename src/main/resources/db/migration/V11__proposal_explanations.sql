-- Reassort store, schema 11: the explanation text of a proposal moves to its own table.
-- The planner's grid reads every proposal (100,000 of them) without the explanation and reads one explanation when
-- a proposal is selected. Inline, the text (about 1 KB each) made every row long, so even a query leaving the
-- column out read it: opening the grid took seconds. One row per SKU × location, written by each plan run.

CREATE TABLE IF NOT EXISTS proposal_explanation (
    sku          VARCHAR(100)    NOT NULL,
    location     VARCHAR(100)    NOT NULL,
    explanation  VARCHAR(100000) NOT NULL,
    PRIMARY KEY (sku, location)
);

INSERT INTO proposal_explanation (sku, location, explanation) SELECT sku, location, explanation FROM proposal;
ALTER TABLE proposal DROP COLUMN explanation;
