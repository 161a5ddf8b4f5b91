/**
 * The methodology of each Survey edition as data: a tree of weighted indices and indicators with
 * their treatments and normalisations, the groups' thresholds, the rank rule, the rating-class
 * rule, the published precision and the open questions. Read from the YAML files bundled under
 * {@code org/egmpublisher/scoring/preset/}; the engine computes from these records and the
 * methodology annex prints them, so a number appears in one place only.
 *
 * <p>{@link org.egmpublisher.scoring.preset.Presets} is the entry point. Nothing here returns null.
 */
package org.egmpublisher.scoring.preset;
