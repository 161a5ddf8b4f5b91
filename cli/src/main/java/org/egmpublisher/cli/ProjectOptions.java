package org.egmpublisher.cli;

import java.io.PrintWriter;
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
            description = "The publication project folder (default: ${DEFAULT-VALUE}).")
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
     * The project folder. The default names the bundled example, found beside the launcher
     * ({@code egm.home}) when the current folder has none.
     */
    Path project() {
        if (project.toString().equals(DEFAULT_PROJECT) && !java.nio.file.Files.isDirectory(project)) {
            String home = System.getProperty("egm.home");
            if (home != null) {
                return Path.of(home).resolve(DEFAULT_PROJECT);
            }
        }
        return project;
    }
}
