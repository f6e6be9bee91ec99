package reassort.engine.policy;

/** Where an order goes: to a supplier (a purchase order) or to the supplying location (a transfer). */
public enum SourceKind {
    SUPPLIER,
    TRANSFER
}
