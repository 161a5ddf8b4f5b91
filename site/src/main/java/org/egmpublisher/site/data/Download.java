package org.egmpublisher.site.data;

import java.util.Objects;

/**
 * One file written by {@link DataDownloads}, for a page that lists the downloads.
 *
 * @param path the file's address relative to the site folder, e.g. {@code data/egdi-2024.csv}
 * @param title what it holds, e.g. {@code E-Government Survey 2024: results by country}
 * @param format {@code csv}, {@code json}, {@code xlsx}, or {@code datapackage} for the descriptor
 * @param bytes the file's size
 */
public record Download(String path, String title, String format, long bytes) {
    public Download {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
    }
}
