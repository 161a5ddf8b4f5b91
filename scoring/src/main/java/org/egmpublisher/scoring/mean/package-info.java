/**
 * Weighted means that combine normalised values into a composite: arithmetic (full compensation)
 * and geometric (a weak component is compensated less). Nothing here returns null.
 */
package org.egmpublisher.scoring.mean;
