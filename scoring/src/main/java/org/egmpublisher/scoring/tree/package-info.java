/**
 * Computes an index tree from raw indicator values: each indicator treated and normalised, each
 * composite the weighted mean of its children, then normalised (METHODOLOGY.md §3). Used for the
 * editions whose indicators are known; no raw Survey data ships with the project, so tests use the
 * constructed vectors of METHODOLOGY.md §16.2. Nothing here returns null.
 */
package org.egmpublisher.scoring.tree;
