/**
 * The data downloads of the website: every edition's scores, the latest edition's aggregates and
 * the meeting's recommendations as CSV, JSON and XLSX, described by a Frictionless
 * {@code datapackage.json}. The front door is {@link org.egmpublisher.site.data.DataDownloads}.
 *
 * <p>Null-safe: no parameter or return value is null; a missing value in a table is
 * {@link org.egmpublisher.site.data.Cell.Missing}.
 */
package org.egmpublisher.site.data;
