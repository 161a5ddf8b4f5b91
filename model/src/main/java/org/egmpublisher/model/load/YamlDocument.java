package org.egmpublisher.model.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egmpublisher.model.Problems;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A YAML mapping (a {@code publication.yaml} or a Markdown file's front matter) with typed
 * accessors that report a bad or missing key at the key's line.
 *
 * <p>Parsing is limited against hostile documents: few aliases (no "billion laughs"), no
 * duplicate keys, bounded size and nesting.
 */
public final class YamlDocument {

    /** The most aliases of lists or mappings a document may use (a few are normal, thousands an attack). */
    static final int MAX_ALIASES = 20;

    private final String file;
    private final String text;
    private final int firstLine;
    private final Map<String, Object> map;
    private final Problems problems;

    private YamlDocument(String file, String text, int firstLine, Map<String, Object> map, Problems problems) {
        this.file = file;
        this.text = text;
        this.firstLine = firstLine;
        this.map = map;
        this.problems = problems;
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of {@code file}. Returns empty
     * after reporting a syntax error, or a document that is not a mapping.
     */
    public static Optional<YamlDocument> parse(String text, String file, int firstLine, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(1_000_000)
                .setLabel(file)
                .build();
        Object value;
        try {
            value = new Load(settings).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
            int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(1);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            String hint = problem.startsWith("mapping values are not allowed")
                    ? "; a value that contains ': ' must be in quotes" : "";
            problems.error(file, line, column, "YAML: " + problem + context + hint);
            return Optional.empty();
        } catch (YamlEngineException e) {
            String message = e.getMessage() == null ? "invalid YAML" : e.getMessage();
            if (message.startsWith("Number of aliases")) {
                problems.error(file, aliasLine(text, MAX_ALIASES + 1, firstLine), 1, "YAML: more than " + MAX_ALIASES
                        + " aliases (*name) of lists or mappings; refused, as such a document can expand exponentially"
                        + " (\"billion laughs\")");
            } else {
                problems.error(file, firstLine, 1, "YAML: " + message);
            }
            return Optional.empty();
        }
        if (value == null) {
            value = Map.of();
        }
        if (!(value instanceof Map<?, ?> raw)) {
            problems.error(file, firstLine, 1, "YAML: expected a mapping of keys to values");
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) raw;
        return Optional.of(new YamlDocument(file, text, firstLine, map, problems));
    }

    public String file() {
        return file;
    }

    /** The line of the {@code n}-th alias ({@code *name}) in the text, roughly; {@code firstLine} if not found. */
    private static int aliasLine(String text, int n, int firstLine) {
        Matcher m = Pattern.compile("(?<=^|[\\s\\[{,:-])\\*[^\\s,\\]}\\[{]+", Pattern.MULTILINE).matcher(text);
        int count = 0;
        while (m.find()) {
            if (++count == n) {
                int line = firstLine;
                for (int i = 0; i < m.start(); i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                return line;
            }
        }
        return firstLine;
    }

    public boolean has(String key) {
        return map.containsKey(key);
    }

    /** The line of a top-level key, or the document's first line if the key is absent. */
    public int lineOf(String key) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*:").matcher(text);
        if (!m.find()) {
            return firstLine;
        }
        int line = firstLine;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public void error(String key, String message) {
        problems.error(file, lineOf(key), 1, message);
    }

    public void warning(String key, String message) {
        problems.warning(file, lineOf(key), 1, message);
    }

    public Optional<String> requiredText(String key) {
        Object v = map.get(key);
        if (v == null || v.toString().isBlank()) {
            error(key, "'" + key + "' is missing; a value is required");
            return Optional.empty();
        }
        return Optional.of(v.toString().strip());
    }

    public String text(String key, String fallback) {
        Object v = map.get(key);
        return v == null ? fallback : v.toString().strip();
    }

    public Optional<Integer> integer(String key, int min, int max, int fallback) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.of(fallback);
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && n.longValue() >= min && n.longValue() <= max) {
            return Optional.of(n.intValue());
        }
        error(key, "'" + key + "' is " + v + "; expected a whole number from " + min + " to " + max);
        return Optional.empty();
    }

    public Optional<Double> decimal(String key, double min, double max, double fallback) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.of(fallback);
        }
        if (v instanceof Number n && n.doubleValue() >= min && n.doubleValue() <= max) {
            return Optional.of(n.doubleValue());
        }
        error(key, "'" + key + "' is " + v + "; expected a number from " + min + " to " + max);
        return Optional.empty();
    }

    public boolean bool(String key) {
        Object v = map.get(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString().strip().toLowerCase(java.util.Locale.ROOT);
        if (s.equals("yes") || s.equals("y") || s.equals("true")) {
            return true;
        }
        if (!(s.equals("no") || s.equals("n") || s.equals("false"))) {
            error(key, "'" + key + "' is '" + v + "'; expected yes or no");
        }
        return false;
    }

    public Optional<LocalDate> date(String key) {
        Object v = map.get(key);
        if (v == null) {
            error(key, "'" + key + "' is missing; expected a date YYYY-MM-DD");
            return Optional.empty();
        }
        return toDate(key, v);
    }

    private Optional<LocalDate> toDate(String key, Object v) {
        if (v instanceof LocalDate d) {
            return Optional.of(d);
        }
        try {
            return Optional.of(LocalDate.parse(v.toString().strip()));
        } catch (DateTimeParseException e) {
            error(key, "'" + key + "' has '" + v + "'; expected a date YYYY-MM-DD");
            return Optional.empty();
        }
    }

    /** A list of scalars as text; a single scalar counts as a list of one. */
    public List<String> texts(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map || item instanceof List) {
                    error(key, "'" + key + "' must be a list of plain values");
                    return List.of();
                }
                out.add(String.valueOf(item).strip());
            }
            return out;
        }
        return List.of(v.toString().strip());
    }

    public List<LocalDate> dates(String key) {
        List<LocalDate> out = new ArrayList<>();
        Object v = map.get(key);
        if (v instanceof List<?> list) {
            for (Object item : list) {
                toDate(key, item).ifPresent(out::add);
            }
        } else if (v != null) {
            toDate(key, v).ifPresent(out::add);
        }
        return out;
    }

    /** A list of mappings, each as its own document for typed access; others are reported. */
    public List<YamlDocument> mappings(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            error(key, "'" + key + "' must be a list");
            return List.of();
        }
        List<YamlDocument> out = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) m;
                out.add(new YamlDocument(file, text, firstLine, child, problems));
            } else {
                error(key, "each item of '" + key + "' must be a mapping of keys to values");
            }
        }
        return out;
    }

    /** A nested mapping as its own document, or an empty one. */
    public YamlDocument mapping(String key) {
        Object v = map.get(key);
        if (v instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> child = (Map<String, Object>) m;
            return new YamlDocument(file, text, firstLine, child, problems);
        }
        if (v != null) {
            error(key, "'" + key + "' must be a mapping of keys to values");
        }
        return new YamlDocument(file, text, firstLine, Map.of(), problems);
    }

    public java.util.Set<String> keys() {
        return map.keySet();
    }

    public Object raw(String key) {
        return map.get(key);
    }
}
