/**
 * The preview behind {@code egm serve}: a static file server bound to 127.0.0.1 that never serves
 * a file outside the site folder ({@link org.egmpublisher.site.serve.PreviewServer}), and a watcher
 * of the project folder that triggers rebuilds ({@link org.egmpublisher.site.serve.ProjectWatcher}),
 * after which open pages reload themselves.
 *
 * <p>Null-safe: no parameter or return value is null.
 */
package org.egmpublisher.site.serve;
