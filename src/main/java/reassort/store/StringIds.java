package reassort.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dense ids for the distinct codes of one import (SKUs, locations, channels, promotion codes). */
final class StringIds {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int id(String value) {
        Integer id = ids.get(value);
        if (id != null) return id;
        int next = values.size();
        ids.put(value, next);
        values.add(value);
        return next;
    }

    String value(int id) {
        return values.get(id);
    }

    int size() {
        return values.size();
    }
}
