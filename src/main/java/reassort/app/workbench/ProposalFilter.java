package reassort.app.workbench;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;


/**
 * Which proposals the planner looks at: an empty set lets every value through; the search matches SKU or label,
 * ignoring case. A proposal is on a channel when its demand adds up that channel's forecast (see
 * {@link GridRow#channels()}); with several channels chosen, any of them will do. Saved views keep it as
 * {@link #encode() text}.
 */
public record ProposalFilter(
        Set<String> categories,
        Set<String> sources,
        Set<String> locations,
        Set<String> channels,
        Set<String> classes,
        Set<PlanStatus> statuses,
        Set<FlagKind> flags,
        String search) {
    public static final ProposalFilter ALL = new ProposalFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), "");

    public ProposalFilter {
        categories = copy(categories);
        sources = copy(sources);
        locations = copy(locations);
        channels = copy(channels);
        classes = copy(classes);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        search = search == null ? "" : search.strip();
    }

    private static Set<String> copy(Set<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    public ProposalFilter withCategories(Set<String> values) {
        return new ProposalFilter(values, sources, locations, channels, classes, statuses, flags, search);
    }

    public ProposalFilter withSources(Set<String> values) {
        return new ProposalFilter(categories, values, locations, channels, classes, statuses, flags, search);
    }

    public ProposalFilter withLocations(Set<String> values) {
        return new ProposalFilter(categories, sources, values, channels, classes, statuses, flags, search);
    }

    public ProposalFilter withChannels(Set<String> values) {
        return new ProposalFilter(categories, sources, locations, values, classes, statuses, flags, search);
    }

    public ProposalFilter withClasses(Set<String> values) {
        return new ProposalFilter(categories, sources, locations, channels, values, statuses, flags, search);
    }

    public ProposalFilter withStatuses(Set<PlanStatus> values) {
        return new ProposalFilter(categories, sources, locations, channels, classes, values, flags, search);
    }

    public ProposalFilter withFlags(Set<FlagKind> values) {
        return new ProposalFilter(categories, sources, locations, channels, classes, statuses, values, search);
    }

    public ProposalFilter withSearch(String text) {
        return new ProposalFilter(categories, sources, locations, channels, classes, statuses, flags, text);
    }

    public boolean isAll() {
        return equals(ALL);
    }

    /** One line of text, stable and readable: {@code category=Kitchen&status=EDITED,APPROVED&search=wok}. */
    public String encode() {
        List<String> parts = new ArrayList<>();
        add(parts, "category", categories);
        add(parts, "source", sources);
        add(parts, "location", locations);
        add(parts, "channel", channels);
        add(parts, "class", classes);
        add(parts, "status", statuses.stream().map(Enum::name).toList());
        add(parts, "flag", flags.stream().map(Enum::name).toList());
        if (!search.isEmpty()) parts.add("search=" + escape(search));
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, java.util.Collection<String> values) {
        if (values.isEmpty()) return;
        parts.add(name + "=" + String.join(",", new TreeSet<>(values).stream().map(ProposalFilter::escape).toList()));
    }

    /** The filter {@link #encode()} wrote; unknown names or values are told with the text and a hint. */
    public static ProposalFilter decode(String text) {
        ProposalFilter filter = ALL;
        if (text == null || text.isBlank()) return filter;
        for (String part : text.strip().split("&")) {
            int eq = part.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("Filter part “" + part + "” of “" + text
                    + "” is not name=values. Maybe the saved view was edited by hand.");
            String name = part.substring(0, eq);
            Set<String> values = new LinkedHashSet<>();
            for (String v : part.substring(eq + 1).split(",")) if (!v.isEmpty()) values.add(unescape(v));
            filter = switch (name) {
                case "category" -> filter.withCategories(values);
                case "source" -> filter.withSources(values);
                case "location" -> filter.withLocations(values);
                case "channel" -> filter.withChannels(values);
                case "class" -> filter.withClasses(values);
                case "status" -> filter.withStatuses(enums(values, PlanStatus.class, text));
                case "flag" -> filter.withFlags(enums(values, FlagKind.class, text));
                case "search" -> filter.withSearch(unescape(part.substring(eq + 1)));
                default -> throw new IllegalArgumentException("Unknown filter “" + name + "” in “" + text
                        + "”. Maybe use category, source, location, channel, class, status, flag or search.");
            };
        }
        return filter;
    }

    private static <E extends Enum<E>> Set<E> enums(Set<String> names, Class<E> type, String text) {
        Set<E> result = EnumSet.noneOf(type);
        for (String n : names) {
            try {
                result.add(Enum.valueOf(type, n.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown value “" + n + "” in filter “" + text + "”. Maybe use one of "
                        + java.util.Arrays.toString(type.getEnumConstants()) + ".");
            }
        }
        return result;
    }

    private static String escape(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
