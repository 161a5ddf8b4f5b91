/**
 * Rank uncertainty and sensitivity: a seeded Monte Carlo over the methodology's uncertain choices
 * (component weights, their normalisation, the aggregation, the rating-class rule), giving each
 * country's median rank and 5th–95th percentile interval, and a table of which choice moves ranks
 * most. Deterministic for a given seed. Nothing here returns null.
 */
package org.egmpublisher.scoring.uncertainty;
