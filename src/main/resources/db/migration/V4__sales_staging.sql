-- Reassort store, schema 4: staging for the sales lines of a large import.
-- An import holding more sales lines than fit its memory budget spills them here as packed blocks (the sales_block
-- payload format), inside its own still-open transaction, and merges them into sales_block at commit, where it
-- also empties this table. So committed data never holds staging rows, and a rolled-back or killed import leaves
-- none either (its transaction is undone). Only one import runs at a time per store.
-- Idempotent (IF NOT EXISTS), like every migration: H2 commits DDL statement by statement.

CREATE TABLE IF NOT EXISTS sales_staging (
    location      VARCHAR(100) NOT NULL,
    channel       VARCHAR(32)  NOT NULL,
    sku           VARCHAR(100) NOT NULL,
    period_start  DATE         NOT NULL, -- first day of the calendar quarter the lines fall in
    spill         INT          NOT NULL, -- 0, 1, 2, … in the order of the file: breaks ties between lines of a day
    line_count    INT          NOT NULL,
    payload       VARBINARY    NOT NULL,
    PRIMARY KEY (location, channel, sku, period_start, spill)
);
