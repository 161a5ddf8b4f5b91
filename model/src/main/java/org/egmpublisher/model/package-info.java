/**
 * The domain of EGM Publisher: the publication project as read from its folder, immutable.
 * No value in this package or its sub-packages is null; absent values are empty strings, empty
 * lists or (for numbers) documented sentinels.
 */
package org.egmpublisher.model;
