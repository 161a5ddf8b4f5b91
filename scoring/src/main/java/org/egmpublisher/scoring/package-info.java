/**
 * Computes the Survey's numbers from model values: pure functions, no file or network I/O (the
 * methodology presets are read from this module's own classpath resources).
 * {@link org.egmpublisher.scoring.Scoring} is the front door. Nothing here returns null.
 */
package org.egmpublisher.scoring;
