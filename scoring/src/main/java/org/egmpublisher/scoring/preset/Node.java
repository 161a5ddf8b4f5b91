package org.egmpublisher.scoring.preset;

import org.egmpublisher.scoring.normalise.Normalisation;

/**
 * A node of an index tree: an {@link Indicator} (a raw input) or a {@link Composite} (a weighted
 * aggregate of nodes). Sealed so that the engine and the annex walk every kind of node.
 */
public sealed interface Node permits Indicator, Composite {

    /** Unique within a preset; for indicators, the key of the raw values given to the engine. */
    String id();

    String name();

    /** The node's weight among its siblings. */
    Weight weight();

    /** How the node's value is put on a common scale before its parent combines it. */
    Normalisation normalisation();

    /** The evidence tags of METHODOLOGY.md §1 behind this node, e.g. {@code C S6}. */
    String evidence();

    /** Why the node is as it is, or what is still open about it; empty when nothing is. */
    String note();

    /** The same node with another weight. */
    Node withWeight(Weight weight);

    /** Checks the shared rules of an id; called from the records' compact constructors. */
    static void checkId(String id, String kind) {
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException(kind + " id must be a letter followed by letters, digits or '_', got '"
                    + id + "'");
        }
    }
}
