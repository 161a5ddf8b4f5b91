package org.egmpublisher.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.egmpublisher.site.Build;
import org.egmpublisher.site.UnsafeOutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code egm build}: everything, into a folder swapped in only when all succeeded. */
@Command(name = "build", description = "Build the EGM report, the methodology annex and the website.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--timings", paramLabel = "FORMAT", description = "Also print the stage timings as: json.")
    Optional<String> timings;

    @Option(names = "--no-cache", description = "Make every figure and PDF again, instead of reusing those whose "
            + "inputs did not change since the last build into the output folder.")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (timings.isPresent() && !timings.get().equals("json")) {
            err.println("egm build: --timings takes 'json', not '" + timings.get() + "'");
            return Egm.USAGE;
        }
        long start = System.nanoTime();
        Build.Result result;
        try {
            result = Build.run(new Build.Options(options.project(), this.out, sourceDateEpoch(), Egm.version(),
                            !noCache),
                    stage -> out.printf(Locale.ROOT, "  %-16s %6d ms%n", stage.name(), stage.millis()));
        } catch (UnsafeOutputException e) {
            err.println("egm build: " + e.getMessage());
            return Egm.INPUT_PROBLEMS;
        }
        if (!result.ok()) {
            ProblemReport.print(result.problems(), err);
            return Egm.INPUT_PROBLEMS;
        }
        result.problems().forEach(err::println);
        Build.Reuse reuse = result.reuse();
        if (reuse.reused() > 0) {
            out.printf(Locale.ROOT, "Reused %d of %d figures and PDFs from the last build (unchanged inputs; "
                    + "--no-cache makes them all again).%n", reuse.reused(), reuse.reused() + reuse.made());
        }
        out.printf(Locale.ROOT, "Built %s: %s/egm-report.pdf, %s/methodology-annex.pdf, %s/site/ (%d pages) in %d ms.%n",
                options.project(), this.out, this.out, this.out, result.pages(), (System.nanoTime() - start) / 1_000_000);
        timings.ifPresent(t -> out.println(result.timings().json()));
        return Egm.OK;
    }

    static Optional<Instant> sourceDateEpoch() {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH '" + value + "' is not a number of seconds");
        }
    }
}
