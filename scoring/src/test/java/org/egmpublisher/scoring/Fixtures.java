package org.egmpublisher.scoring;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.egmpublisher.model.Problems;
import org.egmpublisher.model.load.SurveyLoader;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.model.survey.CountryResult;
import org.egmpublisher.model.survey.Survey;

/**
 * The published Survey results of {@code src/test/resources/survey-fixture} (see the README there),
 * loaded once per test run with the model's own loader, and their scores.
 */
public final class Fixtures {

    private static final Survey SURVEY = load();
    private static final SurveyScores SCORES = Scoring.score(SURVEY);

    private Fixtures() {
    }

    public static Survey survey() {
        return SURVEY;
    }

    /** {@code Scoring.score(survey())}, computed once. */
    public static SurveyScores scores() {
        return SCORES;
    }

    /** The published rows of an edition by ISO3. */
    public static Map<String, CountryResult> published(int year) {
        return SURVEY.requireEdition(year).results().stream()
                .collect(Collectors.toMap(CountryResult::iso3, Function.identity()));
    }

    /** The ISO3 code of a country by its Survey name. */
    public static String iso3(String name) {
        return SURVEY.countries().stream().filter(c -> c.name().equals(name)).map(Country::iso3).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no country named " + name));
    }

    private static Survey load() {
        try {
            Path root = Path.of(Fixtures.class.getResource("/survey-fixture").toURI());
            Problems problems = new Problems();
            Survey survey = SurveyLoader.load(root, problems);
            if (problems.hasErrors()) {
                throw new IllegalStateException("the survey fixture does not load: " + problems.all());
            }
            return survey;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
