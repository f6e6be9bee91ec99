package reassort.domain;

import java.util.List;

/** A selling channel from the retailer's configurable list (codes such as STORE, WEB, MKP, CC). */
public record Channel(String code, String label, ChannelKind kind) {
    public Channel {
        code = Require.code(code, "Channel code").toUpperCase(java.util.Locale.ROOT);
        label = label == null || label.isBlank() ? code : label.strip();
        Require.present(kind, "Kind of channel " + code);
    }

    /** The channels a new store starts with; planners may add or rename them. */
    public static List<Channel> defaults() {
        return List.of(
                new Channel("STORE", "Store", ChannelKind.STORE),
                new Channel("WEB", "Web shop", ChannelKind.WEB),
                new Channel("MKP", "Marketplace", ChannelKind.MARKETPLACE),
                new Channel("CC", "Click & collect", ChannelKind.CLICK_AND_COLLECT),
                new Channel("SFS", "Ship from store", ChannelKind.SHIP_FROM_STORE),
                new Channel("B2B", "B2B", ChannelKind.B2B));
    }
}
