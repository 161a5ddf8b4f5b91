package org.egmpublisher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.meeting.BreakoutMember;
import org.egmpublisher.scoring.meeting.BreakoutAssignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egm assign-breakouts}: draws a session's breakout groups from a seed, balanced across
 * region, gender and stakeholder group, and writes them into {@code meeting/breakouts.csv}
 * (the other sessions' rows are kept). The one command that writes into the project, on request.
 */
@Command(name = "assign-breakouts", description = "Draw a session's breakout groups (reproducible from --seed) "
        + "into meeting/breakouts.csv and print their balance.")
final class AssignBreakoutsCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options;

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session, e.g. s2.")
    String session;

    @Option(names = "--groups", required = true, paramLabel = "N", description = "How many groups.")
    int groups;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "The seed: the same seed gives the same groups.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var loaded = options.load(err);
        if (loaded.isEmpty()) {
            return Egm.INPUT_PROBLEMS;
        }
        Project project = loaded.get();
        var meeting = project.meeting();
        if (meeting.findSession(session).isEmpty()) {
            err.println("egm assign-breakouts: no session '" + session + "'; known: "
                    + meeting.sessions().stream().map(s -> s.id()).toList());
            return Egm.USAGE;
        }
        if (groups < 1 || groups > meeting.experts().size()) {
            err.println("egm assign-breakouts: --groups must lie in 1–" + meeting.experts().size() + ", got " + groups);
            return Egm.USAGE;
        }
        Set<String> facilitatedBefore = new HashSet<>();
        meeting.breakouts().stream().filter(b -> !b.sessionId().equals(session)
                && b.role() == BreakoutMember.Role.FACILITATOR).forEach(b -> facilitatedBefore.add(b.expertId()));
        BreakoutAssignment.Result result = BreakoutAssignment.assign(session, meeting.experts(), groups, seed,
                e -> project.survey().requireCountry(e.countryIso3()).region(), facilitatedBefore);
        List<BreakoutMember> rows = new ArrayList<>(meeting.breakouts().stream().filter(b -> !b.sessionId().equals(session)).toList());
        rows.addAll(result.members());
        write(options.project().resolve("meeting/breakouts.csv"), rows);
        out.printf(Locale.ROOT, "Wrote %d groups for %s (seed %d) to meeting/breakouts.csv.%n", groups, session, seed);
        for (var b : result.balance()) {
            String facilitator = result.members().stream().filter(m -> m.groupId().equals(b.groupId())
                    && m.role() == BreakoutMember.Role.FACILITATOR).map(BreakoutMember::expertId).findFirst().orElse("–");
            out.printf(Locale.ROOT, "  %-7s %2d experts, facilitator %s%n    regions: %s%n    gender: %s%n    stakeholders: %s%n",
                    b.groupId(), b.size(), facilitator, b.regions(), b.genders(), b.stakeholders());
        }
        out.println("Largest difference between groups in any one category: " + result.maxImbalance());
        return Egm.OK;
    }

    /** Writes beside the file and moves it into place, so the file is never half-written. */
    private static void write(Path file, List<BreakoutMember> rows) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord("session_id", "group_id", "expert_id", "role");
            for (BreakoutMember m : rows) {
                printer.printRecord(m.sessionId(), m.groupId(), m.expertId(), m.role().code());
            }
        }
        Path tmp = Files.createTempFile(file.getParent(), ".breakouts", ".csv");
        Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
