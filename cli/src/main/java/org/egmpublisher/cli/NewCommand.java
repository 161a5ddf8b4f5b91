package org.egmpublisher.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.load.ProjectLoader;
import org.egmpublisher.site.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code egm new}: a new publication project. The meeting is a skeleton to fill in, one example
 * line or paragraph per file, that checks and builds as it is; the Survey's data (the Member
 * States and the published results) is copied from a project, the bundled example by default.
 * The folder appears whole or not at all.
 */
@Command(name = "new", description = "Make a new publication project: the Survey's published results, and a "
        + "meeting to fill in that builds as it is.")
final class NewCommand implements Callable<Integer> {

    private static final String SKELETON = "/org/egmpublisher/cli/new-project/";
    /** The skeleton's files; a jar's resources cannot be listed, so they are named here. */
    private static final List<String> FILES = List.of("README.md", "publication.yaml", "content/about.md",
            "meeting/meeting.md", "meeting/agenda.csv", "meeting/sessions/s1.md", "meeting/questions.csv",
            "meeting/experts.csv", "meeting/responses.csv", "meeting/breakouts.csv", "meeting/outcomes/s1-g1.md",
            "meeting/polls.csv", "meeting/recommendations.csv");

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to make; it must not exist, or be empty.")
    Path dir;

    @Option(names = "--from", paramLabel = "PROJECT", description = "The project whose survey/ folder to copy "
            + "(default: the bundled example).")
    Path from;

    @Option(names = "--verbose", description = "Show a stack trace for internal errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (Files.exists(dir) && !(Files.isDirectory(dir) && OutputFolder.isEmpty(dir))) {
            err.println("egm: " + dir + " exists and is not an empty folder; name a new one.");
            return Egm.USAGE;
        }
        Path source = from == null ? ProjectOptions.bundledExample() : from;
        ProjectLoader.Result loaded = ProjectLoader.load(source);
        Project project = loaded.project().orElse(null);
        if (project == null) {
            ProblemReport.print(loaded.problems().all(), err);
            err.println("egm: the survey data is taken from " + source + ", which has the problems above.");
            return Egm.INPUT_PROBLEMS;
        }
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
        try {
            writeSkeleton(staging, project);
            copyTree(source.resolve("survey"), staging.resolve("survey"));
            if (Files.exists(target)) {
                Files.delete(target); // empty, as checked above
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                OutputFolder.delete(staging); // a hidden folder beside DIR, holding nothing of the user's
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup); // the first failure is the one to report
            }
            throw e;
        }
        List<Integer> editions = project.survey().editions().stream().map(ed -> ed.year()).sorted().toList();
        out.println("Made " + dir + ": the Survey's results " + editions.getFirst() + "\u2013" + editions.getLast()
                + " for " + project.survey().countries().size() + " countries, and a meeting to fill in under "
                + "meeting/ (its README.md says what each file holds).");
        out.println("Next: egm check " + dir + ", then egm build " + dir + ".");
        return Egm.OK;
    }

    private static void writeSkeleton(Path root, Project project) throws IOException {
        String editions = project.survey().editions().stream().map(e -> e.year()).sorted()
                .map(String::valueOf).collect(Collectors.joining(", "));
        String today = LocalDate.now().toString();
        for (String file : FILES) {
            String text;
            try (InputStream in = NewCommand.class.getResourceAsStream(SKELETON + file)) {
                if (in == null) {
                    throw new IllegalStateException("skeleton file missing from the tool: " + file);
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text.replace("@DATE@", today).replace("@EDITIONS@", editions));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted().toList()) {
                Path copy = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        }
    }
}
