/**
 * The building blocks applied to one indicator across countries: treatments (caps, winsorising)
 * and normalisations (z-score, min-max, rank, distance to frontier, share of a maximum).
 *
 * <p>Values are {@code double[]} with one slot per country; {@code NaN} marks a missing value, is
 * ignored by every statistic and stays {@code NaN}. Nothing here returns null.
 */
package org.egmpublisher.scoring.normalise;
