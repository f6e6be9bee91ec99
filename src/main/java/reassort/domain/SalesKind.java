package reassort.domain;

/** Sales and returns are kept apart: demand is gross units sold, returns flow back into stock. */
public enum SalesKind {
    SALE,
    RETURN
}
