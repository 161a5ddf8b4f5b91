/**
 * The world choropleth: TopoJSON decoding ({@link org.egmpublisher.render.map.TopoJson}), the
 * Equal Earth projection ({@link org.egmpublisher.render.map.EqualEarth}) and the map itself
 * ({@link org.egmpublisher.render.map.WorldMap}), drawn as compact SVG and into a Graphics2D from
 * the same projected geometry. Nothing in this package accepts or returns null.
 */
package org.egmpublisher.render.map;
