package reassort.engine.kpi;

/** The kinds of problem the exceptions list surfaces, in the order planners work them. */
public enum ExceptionType {
    /** Projected stock runs out before the next receipt. */
    STOCKOUT_RISK,
    /** Stock covers more weeks of forecast than the threshold. */
    OVERSTOCK,
    /** The forecast is far above or below the recent sales. */
    FORECAST_VS_SALES,
    /** A supplier's open order line is past its expected date. */
    SUPPLIER_DRIFT,
    /** Negative stock, or an issue the last import reported. */
    DATA_PROBLEM
}
