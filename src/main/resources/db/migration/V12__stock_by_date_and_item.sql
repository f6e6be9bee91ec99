-- Reassort store, schema 12: the by-date index of stock positions also carries the item.
-- With an index on as_of alone, H2 planned the MERGE of a one-date snapshot into a new store through it, so each row
-- scanned every row of that date already written: quadratic (20,000 rows took 88 s). With (as_of, sku, location)
-- every path to a row is a unique lookup, and reading one date's snapshot stays an index range.
DROP INDEX IF EXISTS stock_position_by_date;
CREATE INDEX IF NOT EXISTS stock_position_by_date_item ON stock_position (as_of, sku, location);
