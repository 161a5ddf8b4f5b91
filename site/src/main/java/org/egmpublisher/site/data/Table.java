package org.egmpublisher.site.data;

import java.util.List;
import java.util.Objects;

/**
 * One download's content: its columns and rows, and the names it is published under.
 *
 * @param name the file name without extension, e.g. {@code egdi-2024}
 * @param title a human title, e.g. {@code E-Government Survey 2024: results by country}
 * @param primaryKey the columns that identify a row
 */
public record Table(String name, String title, List<Field> fields, List<List<Cell>> rows, List<String> primaryKey) {

    public Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
        rows = rows.stream().map(List::copyOf).toList();
        primaryKey = List.copyOf(primaryKey);
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("table name '" + name + "' must be a slug (lower-case letters, digits, '-')");
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != fields.size()) {
                throw new IllegalArgumentException("row " + (r + 1) + " of table " + name + " has " + rows.get(r).size()
                        + " cells; the table has " + fields.size() + " fields");
            }
        }
        List<String> names = fields.stream().map(Field::name).toList();
        for (String key : primaryKey) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException("primary key '" + key + "' of table " + name + " is not a field; fields: "
                        + String.join(", ", names));
            }
        }
    }

    public List<String> header() {
        return fields.stream().map(Field::name).toList();
    }
}
