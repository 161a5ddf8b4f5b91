package org.egmpublisher.model.load;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.egmpublisher.model.Problems;

/**
 * One data row of a {@link CsvTable}, with typed accessors that report a bad value at its line and
 * column (naming the column and what was expected) and return empty instead of throwing.
 */
public final class CsvRow {

    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]*";

    private final String file;
    private final int line;
    private final Map<String, Integer> index;
    private final List<String> values;
    private final int[] columns;
    private final Problems problems;

    CsvRow(String file, int line, Map<String, Integer> index, List<String> values, int[] columns, Problems problems) {
        this.file = file;
        this.line = line;
        this.index = index;
        this.values = values;
        this.columns = columns;
        this.problems = problems;
    }

    public String file() {
        return file;
    }

    /** The physical line the row starts on. */
    public int line() {
        return line;
    }

    /** The 1-based column where the named field starts. */
    public int column(String name) {
        Integer i = index.get(name);
        return i == null ? 1 : columns[i];
    }

    public boolean has(String name) {
        return index.containsKey(name);
    }

    /** The stripped text of a column, empty when the column is absent from the file. */
    public String text(String name) {
        Integer i = index.get(name);
        return i == null ? "" : values.get(i).strip();
    }

    public void error(String name, String message) {
        problems.error(file, line, column(name), message);
    }

    public void warning(String name, String message) {
        problems.warning(file, line, column(name), message);
    }

    public Optional<String> required(String name) {
        String v = text(name);
        if (v.isEmpty()) {
            error(name, name + " is empty; a value is required");
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** A required id: lower-case letters, digits and '-'. */
    public Optional<String> id(String name) {
        return required(name).filter(v -> {
            if (!v.matches(ID_PATTERN)) {
                error(name, name + " '" + v + "' is not an id: use lower-case letters, digits and '-'");
                return false;
            }
            return true;
        });
    }

    public Optional<Integer> integer(String name, int min, int max) {
        return required(name).flatMap(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n < min || n > max) {
                    error(name, name + " " + n + " is out of range; expected a whole number from " + min + " to " + max);
                    return Optional.empty();
                }
                return Optional.of(n);
            } catch (NumberFormatException e) {
                error(name, name + " '" + v + "' is not a whole number; expected " + min + " to " + max);
                return Optional.empty();
            }
        });
    }

    public Optional<Double> decimal(String name, double min, double max) {
        return required(name).flatMap(v -> {
            try {
                double d = Double.parseDouble(v);
                if (!(d >= min && d <= max)) {
                    boolean percentage = max == 1 && d > 1 && d <= 100 && v.matches("\\d+(\\.\\d{1,2})?");
                    String hint = percentage ? " (it looks like a percentage: write " + fmt(d / 100) + ")" : "";
                    error(name, name + " " + v + " is out of range; expected a number from " + fmt(min) + " to " + fmt(max)
                            + hint);
                    return Optional.empty();
                }
                return Optional.of(d);
            } catch (NumberFormatException e) {
                String hint = v.matches("-?\\d+,\\d+") ? " (use a point, not a comma, as decimal separator)" : "";
                error(name, name + " '" + v + "' is not a number" + hint + "; expected " + fmt(min) + " to " + fmt(max));
                return Optional.empty();
            }
        });
    }

    /** yes/no, Y/empty, true/false, 1/0. An empty cell is false. */
    public Optional<Boolean> bool(String name) {
        String v = text(name).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "n", "no", "false", "0" -> Optional.of(false);
            case "y", "yes", "true", "1", "x" -> Optional.of(true);
            default -> {
                error(name, name + " '" + text(name) + "' is not yes or no");
                yield Optional.empty();
            }
        };
    }

    public Optional<LocalDate> date(String name) {
        return required(name).flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v));
            } catch (DateTimeParseException e) {
                error(name, name + " '" + v + "' is not a date; expected YYYY-MM-DD");
                return Optional.empty();
            }
        });
    }

    public Optional<LocalTime> time(String name) {
        return required(name).flatMap(v -> {
            try {
                return Optional.of(LocalTime.parse(v.length() == 4 ? "0" + v : v));
            } catch (DateTimeParseException e) {
                error(name, name + " '" + v + "' is not a time; expected HH:MM");
                return Optional.empty();
            }
        });
    }

    /** One of a closed set of codes, matched without regard to case; the message lists them. */
    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type, java.util.function.Function<E, String> code) {
        return required(name).flatMap(v -> {
            for (E e : type.getEnumConstants()) {
                if (code.apply(e).equalsIgnoreCase(v)) {
                    return Optional.of(e);
                }
            }
            error(name, name + " '" + v + "' is not one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(code).toList()));
            return Optional.empty();
        });
    }

    /** A ';'-separated list, each item stripped, empties dropped. */
    public List<String> list(String name) {
        return Arrays.stream(text(name).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
