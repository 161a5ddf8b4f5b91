package org.egmpublisher.model.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.egmpublisher.model.Problems;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.model.survey.CountryResult;
import org.egmpublisher.model.survey.Edition;
import org.egmpublisher.model.survey.Survey;

/** Reads {@code survey/countries.csv} and the published results in {@code survey/results/}. */
public final class SurveyLoader {

    static final String COUNTRIES = "survey/countries.csv";
    static final String RESULTS = "survey/results";

    static final String YEAR = "Survey Year";
    static final String NAME = "Country Name";
    static final String RANK = "E-Government Rank";
    static final String EGDI = "E-Government Index";
    static final String EPI = "E-Participation Index";
    static final String OSI = "Online Service Index";
    static final String HCI = "Human Capital Index";
    static final String TII = "Telecommunication Infrastructure Index";
    private static final List<String> RESULT_COLUMNS = List.of(YEAR, NAME, RANK, EGDI, EPI, OSI, HCI, TII);

    /** Names the Data Center export spells differently from the Survey's country list. */
    private static final Map<String, String> ALIASES = Map.of("Georgia (Country)", "Georgia");

    private SurveyLoader() {
    }

    public static Survey load(Path root, Problems problems) {
        List<Country> countries = loadCountries(root, problems);
        Map<String, Country> byName = new HashMap<>();
        countries.forEach(c -> byName.put(c.name(), c));
        List<Edition> editions = new ArrayList<>();
        for (String file : resultFiles(root, problems)) {
            loadEdition(root, file, byName, problems).ifPresent(editions::add);
        }
        editions.sort(Comparator.comparingInt(Edition::year));
        for (int i = 1; i < editions.size(); i++) {
            if (editions.get(i).year() == editions.get(i - 1).year()) {
                problems.error(editions.get(i).file(), 2, 1, "edition " + editions.get(i).year()
                        + " is also in " + editions.get(i - 1).file() + "; keep one file per edition");
            }
        }
        if (editions.isEmpty() && !countries.isEmpty()) {
            problems.error(RESULTS, 0, 0, "no results files; add at least one edition's CSV (UN Data Center export)");
        }
        return new Survey(countries, editions);
    }

    static List<Country> loadCountries(Path root, Problems problems) {
        List<String> columns = List.of("iso3", "name", "m49", "region", "sub_region", "income_group", "ldc", "lldc", "sids");
        Optional<CsvTable> table = CsvTable.read(root, COUNTRIES, true, columns, problems);
        if (table.isEmpty()) {
            return List.of();
        }
        List<Country> countries = new ArrayList<>();
        for (CsvRow row : table.get().unique("iso3", problems)) {
            Optional<String> iso3 = row.required("iso3").filter(v -> {
                if (!v.matches("[A-Z]{3}")) {
                    row.error("iso3", "iso3 '" + v + "' is not an ISO 3166 alpha-3 code (three capital letters)");
                    return false;
                }
                return true;
            });
            Optional<String> name = row.required("name");
            Optional<String> region = row.required("region");
            Optional<Boolean> ldc = row.bool("ldc");
            Optional<Boolean> lldc = row.bool("lldc");
            Optional<Boolean> sids = row.bool("sids");
            if (iso3.isPresent() && name.isPresent() && region.isPresent() && ldc.isPresent() && lldc.isPresent()
                    && sids.isPresent()) {
                countries.add(new Country(iso3.get(), name.get(), row.text("m49"), region.get(), row.text("sub_region"),
                        row.text("intermediate_region"), row.text("income_group"), ldc.get(), lldc.get(), sids.get()));
            }
        }
        countries.sort(Comparator.comparing(Country::iso3));
        return List.copyOf(countries);
    }

    private static List<String> resultFiles(Path root, Problems problems) {
        Path dir = root.resolve(RESULTS);
        if (!Files.isDirectory(dir)) {
            problems.error(RESULTS, 0, 0, "folder is missing; it holds one CSV of published results per edition");
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .map(p -> RESULTS + "/" + p.getFileName()).sorted().toList();
        } catch (IOException e) {
            problems.error(RESULTS, 0, 0, "cannot be listed: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * A component value. Before 2008 the Survey did not min-max its component indices, so the
     * published HCI and TII may exceed 1 there; such values are kept and reported as a warning.
     */
    private static Optional<Double> component(CsvRow row, String column, int year) {
        if (year >= 2008) {
            return row.decimal(column, 0, 1);
        }
        Optional<Double> v = row.decimal(column, 0, 10);
        v.filter(d -> d > 1).ifPresent(d -> row.warning(column, column + " " + row.text(column)
                + " exceeds 1; kept as published (editions before 2008 did not normalise it)"));
        return v;
    }

    private static Optional<Edition> loadEdition(Path root, String file, Map<String, Country> byName, Problems problems) {
        Optional<CsvTable> table = CsvTable.read(root, file, true, RESULT_COLUMNS, problems);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        List<CountryResult> results = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int year = 0;
        for (CsvRow row : table.get().rows()) {
            Optional<Integer> y = row.integer(YEAR, 2001, 2100);
            if (y.isEmpty()) {
                continue;
            }
            if (year == 0) {
                year = y.get();
            } else if (year != y.get()) {
                row.error(YEAR, "Survey Year " + y.get() + " differs from " + year + " on the first row; one edition per file");
                continue;
            }
            String name = row.text(NAME);
            Country country = byName.getOrDefault(name, byName.get(ALIASES.getOrDefault(name, name)));
            if (country == null) {
                if (!byName.isEmpty()) { // else survey/countries.csv could not be read, and says so
                    row.error(NAME, "unknown country '" + name + "'; names must match column 'name' of " + COUNTRIES);
                }
                continue;
            }
            Integer first = seen.putIfAbsent(country.iso3(), row.line());
            if (first != null) {
                row.error(NAME, "duplicate row for " + country.name() + " (first at line " + first + ")");
                continue;
            }
            int rank = row.text(RANK).isEmpty() ? 0 : row.integer(RANK, 1, 1000).orElse(-1);
            Optional<Double> egdi = row.decimal(EGDI, 0, 1);
            Optional<Double> osi = row.decimal(OSI, 0, 1);
            Optional<Double> tii = component(row, TII, year);
            Optional<Double> hci = component(row, HCI, year);
            Optional<Double> epi = row.decimal(EPI, 0, 1);
            if (rank >= 0 && egdi.isPresent() && osi.isPresent() && tii.isPresent() && hci.isPresent() && epi.isPresent()) {
                results.add(new CountryResult(country.iso3(), year, egdi.get(), osi.get(), tii.get(), hci.get(),
                        epi.get(), rank, file, row.line()));
            }
        }
        if (year == 0) {
            problems.error(file, 1, 1, "no rows with a Survey Year; an edition file needs one row per country");
            return Optional.empty();
        }
        results.sort(Comparator.comparing(CountryResult::iso3));
        return Optional.of(new Edition(year, file, results));
    }
}
