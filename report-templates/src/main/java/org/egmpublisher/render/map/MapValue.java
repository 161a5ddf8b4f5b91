package org.egmpublisher.render.map;

/**
 * A Member State's value on the map.
 *
 * @param m49 the three-digit UN M49 code ({@code Country.m49()}), the join key with the geometry
 * @param name the name shown on hover and in the table
 */
public record MapValue(String m49, String name, double value) {

    public MapValue {
        if (!m49.matches("\\d{3}")) {
            throw new IllegalArgumentException("m49 of " + name + " must be three digits, e.g. 208, got '" + m49 + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("the name of M49 " + m49 + " must not be blank");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + name + " must be a finite number, got " + value);
        }
    }
}
