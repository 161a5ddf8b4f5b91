package org.egmpublisher.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.egmpublisher.model.survey.CountryResult;
import org.egmpublisher.scoring.preset.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportChecksTest {

    @ParameterizedTest
    @ValueSource(ints = {2018, 2020, 2022, 2024})
    void thePublishedEditionsPassEveryCheck(int year) {
        assertEquals(List.of(), ImportChecks.check(Presets.forEdition(year), Fixtures.survey(),
                Fixtures.survey().requireEdition(year).results()));
    }

    @Test
    void anOsiThatIsNotAWholeNumberOfPointsIsAFindingBesideTheEgdiItNoLongerExplains() {
        List<CountryResult> results = new ArrayList<>();
        for (CountryResult r : Fixtures.survey().requireEdition(2018).results()) {
            results.add(r.iso3().equals("IRQ") ? new CountryResult(r.iso3(), r.year(), r.egdi(), 0.3210, r.tii(), r.hci(),
                    r.epi(), r.rank(), r.file(), r.line()) : r);
        }
        CountryResult iraq = Fixtures.published(2018).get("IRQ");
        List<String> findings = ImportChecks.check(Presets.forEdition(2018), Fixtures.survey(), results);
        String where = "Iraq (" + iraq.file() + ":" + iraq.line() + ")";
        assertEquals(List.of("EGDI 2018: " + where + " publishes 0.3376 but the mean of OSI, TII and HCI is 0.338133;"
                        + " gap 5.3e-04 exceeds the tolerance 1e-04",
                "OSI 2018: " + where + " publishes 0.321, which is 46.2240 points of 144, not a whole number within rounding"
                        + " (gap 0.2240, allowed 0.0072)"), findings);
    }

    @Test
    void aMinMaxIndexWithoutACountryAtZeroIsAFinding() {
        List<CountryResult> results = new ArrayList<>();
        for (CountryResult r : Fixtures.survey().requireEdition(2022).results()) {
            results.add(r.iso3().equals("SOM") ? new CountryResult(r.iso3(), r.year(), r.egdi(), r.osi(), r.tii(), 0.0001,
                    r.epi(), r.rank(), r.file(), r.line()) : r);
        }
        List<String> findings = ImportChecks.check(Presets.forEdition(2022), Fixtures.survey(), results);
        assertEquals(List.of("HCI 2022: published values run from 0.0001 to 1, but a min-max index has a country at 0 and"
                + " one at 1"), findings);
    }
}
