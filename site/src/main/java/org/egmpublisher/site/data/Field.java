package org.egmpublisher.site.data;

import java.util.Locale;
import java.util.Objects;

/**
 * A column of a download, described as a Frictionless Table Schema field.
 *
 * @param name the column name, a lower-case slug such as {@code rank_change}
 * @param description one sentence for the reader of {@code datapackage.json}
 */
public record Field(String name, Type type, String description) {

    /** The Table Schema types the downloads use. */
    public enum Type {
        STRING, INTEGER, NUMBER, BOOLEAN;

        /** The Table Schema spelling, e.g. {@code integer}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("field name '" + name + "' must be lower-case letters, digits and '_'");
        }
    }

    public static Field text(String name, String description) {
        return new Field(name, Type.STRING, description);
    }

    public static Field integer(String name, String description) {
        return new Field(name, Type.INTEGER, description);
    }

    public static Field number(String name, String description) {
        return new Field(name, Type.NUMBER, description);
    }

    public static Field bool(String name, String description) {
        return new Field(name, Type.BOOLEAN, description);
    }
}
