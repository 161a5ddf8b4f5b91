package org.egmpublisher.scoring;

import java.util.List;
import java.util.Map;
import org.egmpublisher.model.survey.Country;

/**
 * The constructed vectors of METHODOLOGY.md §16.2 (pure arithmetic, not UN data): four countries
 * A–D with TII-like and HCI-like indicators, keyed by the 2020 preset's indicator ids; plus
 * made-up OSI and EPI points so that a whole edition can be computed.
 */
public final class Vectors {

    private Vectors() {
    }

    /** TII inputs: mobile-cellular, internet users, active mobile-broadband, fixed broadband. */
    public static Map<String, Map<String, Double>> tii() {
        return Map.of(
                "AAA", Map.of("mobile_cellular", 135.0, "internet_users", 95.0, "active_mobile_broadband", 125.0,
                        "fixed_broadband", 40.0),
                "BBB", Map.of("mobile_cellular", 110.0, "internet_users", 70.0, "active_mobile_broadband", 60.0,
                        "fixed_broadband", 20.0),
                "CCC", Map.of("mobile_cellular", 80.0, "internet_users", 40.0, "active_mobile_broadband", 30.0,
                        "fixed_broadband", 5.0),
                "DDD", Map.of("mobile_cellular", 40.0, "internet_users", 10.0, "active_mobile_broadband", 5.0,
                        "fixed_broadband", 0.5));
    }

    /** HCI inputs: adult literacy, gross enrolment, expected and mean years of schooling. */
    public static Map<String, Map<String, Double>> hci() {
        return Map.of(
                "AAA", Map.of("adult_literacy", 99.0, "gross_enrolment", 95.0, "expected_years_schooling", 18.0,
                        "mean_years_schooling", 13.0),
                "BBB", Map.of("adult_literacy", 95.0, "gross_enrolment", 85.0, "expected_years_schooling", 15.0,
                        "mean_years_schooling", 11.0),
                "CCC", Map.of("adult_literacy", 70.0, "gross_enrolment", 60.0, "expected_years_schooling", 11.0,
                        "mean_years_schooling", 6.0),
                "DDD", Map.of("adult_literacy", 40.0, "gross_enrolment", 35.0, "expected_years_schooling", 7.0,
                        "mean_years_schooling", 2.0));
    }

    /** Every input of a 2020 edition: TII and HCI as above, OSQ points of 170 and EPI points of 84. */
    public static Map<String, Map<String, Double>> edition2020() {
        Map<String, Double> osi = Map.of("AAA", 170.0, "BBB", 120.0, "CCC", 60.0, "DDD", 0.0);
        Map<String, Double> epi = Map.of("AAA", 84.0, "BBB", 50.0, "CCC", 20.0, "DDD", 0.0);
        Map<String, Map<String, Double>> tii = tii();
        Map<String, Map<String, Double>> hci = hci();
        java.util.Map<String, Map<String, Double>> out = new java.util.TreeMap<>();
        for (String c : List.of("AAA", "BBB", "CCC", "DDD")) {
            java.util.Map<String, Double> all = new java.util.HashMap<>(tii.get(c));
            all.putAll(hci.get(c));
            all.put("osq_points", osi.get(c));
            all.put("epart_points", epi.get(c));
            out.put(c, all);
        }
        return out;
    }

    public static List<Country> countries() {
        return List.of(country("AAA", "Country A", "Europe"), country("BBB", "Country B", "Asia"),
                country("CCC", "Country C", "Africa"), country("DDD", "Country D", "Africa"));
    }

    private static Country country(String iso3, String name, String region) {
        return new Country(iso3, name, "000", region, region + " sub-region", "", "High income", false, false, false);
    }
}
