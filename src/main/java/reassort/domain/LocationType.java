package reassort.domain;

public enum LocationType {
    WAREHOUSE,
    HUB,
    STORE
}
