package reassort.domain;

public enum PromotionMechanic {
    DISCOUNT,
    MULTIBUY,
    DISPLAY,
    FEATURE,
    OTHER
}
