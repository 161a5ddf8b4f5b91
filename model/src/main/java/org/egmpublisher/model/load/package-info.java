/**
 * Reads a publication project from its folder into the model, collecting every problem with its
 * file, line and column instead of stopping at the first. Inputs are only ever read.
 */
package org.egmpublisher.model.load;
