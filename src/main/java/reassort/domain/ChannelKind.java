package reassort.domain;

/** What kind of selling channel a channel code stands for; drives returns, buffers and allocation rules. */
public enum ChannelKind {
    STORE,
    WEB,
    MARKETPLACE,
    CLICK_AND_COLLECT,
    SHIP_FROM_STORE,
    B2B
}
