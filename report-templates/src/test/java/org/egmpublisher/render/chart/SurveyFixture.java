package org.egmpublisher.render.chart;

import java.nio.file.Path;
import org.egmpublisher.model.Problems;
import org.egmpublisher.model.load.SurveyLoader;
import org.egmpublisher.model.survey.Survey;
import org.egmpublisher.scoring.Scoring;
import org.egmpublisher.scoring.SurveyScores;

/**
 * The bundled example's published Survey results (examples/egm-2021, 2003–2024, 193 countries),
 * loaded and scored once per test JVM.
 */
public final class SurveyFixture {

    public static final Path ROOT = Path.of("../examples/egm-2021");

    private static final class Holder {
        static final Survey SURVEY = load();
        static final SurveyScores SCORES = Scoring.score(SURVEY);
    }

    private SurveyFixture() {
    }

    private static Survey load() {
        Problems problems = new Problems();
        Survey survey = SurveyLoader.load(ROOT, problems);
        if (problems.hasErrors()) {
            throw new IllegalStateException("the example project has problems: " + problems.all());
        }
        return survey;
    }

    public static Survey survey() {
        return Holder.SURVEY;
    }

    public static SurveyScores scores() {
        return Holder.SCORES;
    }
}
