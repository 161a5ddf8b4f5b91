package org.egmpublisher.model.survey;

import org.egmpublisher.model.IndexName;

/**
 * A country's published results in one edition, as read from the results file.
 *
 * <p>Values are as published: 0–1, except HCI and TII before 2008, which were not normalised. {@code rank} is 0 where the edition gave the country no rank
 * (not yet a Member State or not assessed). {@code line} is the line of the results file the values
 * come from, so every number can be traced to its source.
 */
public record CountryResult(String iso3, int year, double egdi, double osi, double tii, double hci,
                            double epi, int rank, String file, int line) {

    public CountryResult {
        for (double v : new double[] {egdi, osi, tii, hci, epi}) {
            if (!(v >= 0 && v <= 10)) {
                throw new IllegalArgumentException("index values must lie in 0–10, got " + v + " for " + iso3);
            }
        }
        if (rank < 0) {
            throw new IllegalArgumentException("rank must be ≥ 0, got " + rank);
        }
    }

    public boolean ranked() {
        return rank > 0;
    }

    /** The published value of one of the five indices that every edition carries. */
    public double value(IndexName index) {
        return switch (index) {
            case EGDI -> egdi;
            case OSI -> osi;
            case TII -> tii;
            case HCI -> hci;
            case EPI -> epi;
            case LOSI, OGDI -> throw new IllegalArgumentException(
                    index + " is not a per-country result; known: EGDI, OSI, TII, HCI, EPI");
        };
    }
}
