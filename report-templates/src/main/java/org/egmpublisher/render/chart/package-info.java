/**
 * The chart layer: each chart is defined once, from plain data, and drawn from the same JFreeChart
 * object as SVG for the website, as vectors into the PDFs and as PNG for downloads, always with a
 * one-sentence text alternative and its data table. {@link org.egmpublisher.render.chart.Charts}
 * is the front door; {@link org.egmpublisher.render.chart.Figure} is what the renderers consume.
 * Nothing in this package accepts or returns null.
 */
package org.egmpublisher.render.chart;
