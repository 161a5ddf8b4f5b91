package org.egmpublisher.scoring.preset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mapping read from a preset file, with typed getters whose errors name the resource and the
 * key path ({@code un-egov-2024.yaml: indices[0].subindices[1].weight: …}) and which refuse keys
 * they do not know, so that a misspelt key in a preset fails instead of being ignored.
 */
final class YamlMap {

    private final String resource;
    private final String path;
    private final Map<String, Object> map;

    YamlMap(String resource, String path, Object value) {
        this.resource = resource;
        this.path = path;
        if (!(value instanceof Map<?, ?> raw)) {
            throw error(path, "expected a mapping of keys to values, got " + describe(value));
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        raw.forEach((k, v) -> copy.put(String.valueOf(k), v));
        this.map = copy;
    }

    /** Fails on keys other than {@code allowed}, naming the allowed ones. */
    YamlMap only(String... allowed) {
        Set<String> known = new TreeSet<>(List.of(allowed));
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                throw error(at(key), "unknown key; known keys here: " + known);
            }
        }
        return this;
    }

    boolean has(String key) {
        return map.containsKey(key) && map.get(key) != null;
    }

    Object raw(String key) {
        if (!has(key)) {
            throw error(at(key), "is required");
        }
        return map.get(key);
    }

    String text(String key) {
        Object v = raw(key);
        if (v instanceof Map || v instanceof List) {
            throw error(at(key), "expected text, got " + describe(v));
        }
        return String.valueOf(v).strip();
    }

    String text(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    int integer(String key, int min, int max) {
        Object v = raw(key);
        if (!(v instanceof Integer || v instanceof Long) || ((Number) v).longValue() < min || ((Number) v).longValue() > max) {
            throw error(at(key), "expected a whole number in " + min + "–" + max + ", got " + describe(v));
        }
        return ((Number) v).intValue();
    }

    int integer(String key, int min, int max, int fallback) {
        return has(key) ? integer(key, min, max) : fallback;
    }

    double decimal(String key) {
        Object v = raw(key);
        if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw error(at(key), "expected a number, got " + describe(v));
        }
        return n.doubleValue();
    }

    double decimal(String key, double fallback) {
        return has(key) ? decimal(key) : fallback;
    }

    Weight weight(String key) {
        if (!has(key)) {
            return new Weight(1, "1");
        }
        Object v = raw(key);
        try {
            return v instanceof Number n ? Weight.parse(n.toString()) : Weight.parse(text(key));
        } catch (FormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(at(key), e.getMessage());
        }
    }

    YamlMap map(String key) {
        return new YamlMap(resource, at(key), raw(key));
    }

    List<YamlMap> maps(String key) {
        Object v = raw(key);
        if (!(v instanceof List<?> list)) {
            throw error(at(key), "expected a list, got " + describe(v));
        }
        List<YamlMap> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(new YamlMap(resource, at(key) + "[" + i + "]", list.get(i)));
        }
        return out;
    }

    List<Integer> integers(String key) {
        Object v = raw(key);
        if (!(v instanceof List<?> list) || !list.stream().allMatch(x -> x instanceof Integer)) {
            throw error(at(key), "expected a list of whole numbers, got " + describe(v));
        }
        return list.stream().map(x -> (Integer) x).toList();
    }

    List<String> texts(String key) {
        Object v = raw(key);
        if (!(v instanceof List<?> list)) {
            throw error(at(key), "expected a list, got " + describe(v));
        }
        return list.stream().map(x -> String.valueOf(x).strip()).toList();
    }

    Set<String> keys() {
        return map.keySet();
    }

    /** Runs {@code parse} on the value of {@code key}, reporting its failure at the key. */
    <T> T parse(String key, java.util.function.Function<String, T> parse) {
        String value = text(key);
        try {
            return parse.apply(value);
        } catch (FormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(at(key), e.getMessage());
        }
    }

    /** An error at this mapping's own path. */
    IllegalArgumentException error(String message) {
        return error(path, message);
    }

    IllegalArgumentException error(String where, String message) {
        return new FormatException(resource + ": " + (where.isEmpty() ? "" : where + ": ") + message);
    }

    /**
     * Builds a record from this mapping's values; a record's own validation failure is reported
     * at this mapping's path, while a failure already reported at a key passes through unchanged.
     */
    <T> T build(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (FormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    /** A problem already located at a resource and key path. */
    static final class FormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        FormatException(String message) {
            super(message);
        }
    }

    String path() {
        return path;
    }

    private String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        return "'" + v + "'";
    }
}
