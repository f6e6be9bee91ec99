-- Reassort store, schema 6: what a forecast run learned besides the sales forecast, kept with the run
-- (ON DELETE CASCADE: dropped with it). Returns are forecast apart from sales: a return rate and a mean delay
-- per channel, and per series where its own history has enough returns. Promotion uplift (promoted sales over
-- their cleaned baseline) is pooled per channel × category from the run's cleaned histories.

CREATE TABLE IF NOT EXISTS forecast_returns (
    run_id             BIGINT           NOT NULL REFERENCES forecast_run (id) ON DELETE CASCADE,
    channel            VARCHAR(32)      NOT NULL,
    sku                VARCHAR(100)     NOT NULL, -- '' for the channel as a whole
    location           VARCHAR(100)     NOT NULL, -- '' for the channel as a whole
    sold_units         DOUBLE PRECISION NOT NULL, -- over the weeks the model was fitted on
    returned_units     DOUBLE PRECISION NOT NULL,
    return_rate        DOUBLE PRECISION NOT NULL, -- share of sold units that come back
    mean_delay_weeks   DOUBLE PRECISION,          -- NULL when nothing comes back
    delay_weights      VARBINARY(8000)  NOT NULL, -- share returning 0, 1, 2 … weeks after the sale (doubles)
    PRIMARY KEY (run_id, channel, sku, location)
);

CREATE TABLE IF NOT EXISTS forecast_uplift (
    run_id             BIGINT           NOT NULL REFERENCES forecast_run (id) ON DELETE CASCADE,
    channel            VARCHAR(32)      NOT NULL,
    category           VARCHAR(200)     NOT NULL,
    series_count       BIGINT           NOT NULL, -- series with at least one measurable promoted week
    promoted_weeks     BIGINT           NOT NULL,
    promoted_sales     DOUBLE PRECISION NOT NULL, -- units sold in those weeks
    baseline_sales     DOUBLE PRECISION NOT NULL, -- their baseline from clean neighbouring weeks
    PRIMARY KEY (run_id, channel, category)
);
