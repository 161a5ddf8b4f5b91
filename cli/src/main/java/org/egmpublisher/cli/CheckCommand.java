package org.egmpublisher.cli;

import java.util.concurrent.Callable;
import org.egmpublisher.model.load.ProjectLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code egm check}: validates every input and prints every problem. */
@Command(name = "check", description = "Validate the project's inputs; print every problem as file:line:column.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        ProjectLoader.Result result = ProjectLoader.load(options.project());
        if (result.project().isEmpty()) {
            var problems = result.problems().all();
            problems.forEach(err::println);
            err.println(result.problems().errorCount() + " problems found in " + options.project() + ".");
            return Egm.INPUT_PROBLEMS;
        }
        result.problems().all().forEach(err::println);
        var p = result.project().get();
        out.println(options.project() + ": no problems. " + count(p.survey().countries().size(), "country", "countries")
                + ", " + count(p.survey().editions().size(), "edition", "editions") + ", "
                + count(p.meeting().sessions().size(), "session", "sessions") + ", "
                + count(p.meeting().experts().size(), "expert", "experts") + ", "
                + count(p.meeting().recommendations().size(), "recommendation", "recommendations") + ".");
        return Egm.OK;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
