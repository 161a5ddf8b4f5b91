package org.egmpublisher.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.load.ProjectLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads a project shares. */
final class ProjectOptions {

    /** The bundled example, used when no project is named. */
    static final String DEFAULT_PROJECT = "examples/egm-2021";

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", defaultValue = DEFAULT_PROJECT,
            description = "The publication project folder (default: the current folder when it holds a "
                    + "publication.yaml, else the bundled example, ${DEFAULT-VALUE}).")
    Path project;

    @Option(names = "--verbose", description = "Show a stack trace for internal errors.")
    boolean verbose;

    /** The loaded project; when it has problems, prints them all to {@code err} and returns empty. */
    Optional<Project> load(PrintWriter err) {
        var loaded = ProjectLoader.load(project());
        if (loaded.project().isEmpty()) {
            ProblemReport.print(loaded.problems().all(), err);
        }
        return loaded.project();
    }

    /**
     * The project folder. Without one named: the bundled example when run from the tool's own
     * folder, the current folder when it is a project (as after {@code egm new}), else the
     * bundled example beside the launcher.
     */
    Path project() {
        if (!project.toString().equals(DEFAULT_PROJECT) || Files.isDirectory(project)) {
            return project;
        }
        if (Files.isRegularFile(Path.of("publication.yaml"))) {
            return Path.of(".");
        }
        return bundledExample();
    }

    /** The bundled example: under the current folder, else beside the launcher ({@code egm.home}). */
    static Path bundledExample() {
        Path here = Path.of(DEFAULT_PROJECT);
        String home = System.getProperty("egm.home");
        return Files.isDirectory(here) || home == null ? here : Path.of(home).resolve(DEFAULT_PROJECT);
    }
}
