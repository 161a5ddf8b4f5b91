package org.egmpublisher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.egmpublisher.site.Build;
import org.egmpublisher.site.LiveBuild;
import org.egmpublisher.site.UnsafeOutputException;
import org.egmpublisher.site.serve.PreviewServer;
import org.egmpublisher.site.serve.ProjectWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code egm serve}: builds once, serves the site on 127.0.0.1 and rebuilds whenever a project
 * file changes, only what depends on it (see {@link LiveBuild}); open pages reload after each
 * successful rebuild, and the PDFs follow in the background. A failed rebuild prints its problems
 * and the previous site stays served.
 */
@Command(name = "serve", description = "Preview the website on 127.0.0.1; rebuild and reload on every change.")
final class ServeCommand implements Callable<Integer> {

    /**
     * How long changes must pause before a rebuild starts: an editor's save is several events
     * within a few milliseconds; a save spread wider only costs one more (quick) rebuild.
     */
    static final Duration DEBOUNCE = Duration.ofMillis(30);

    @Mixin
    ProjectOptions options;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    /** How starting ended: serving, or an exit code after printing why not. */
    sealed interface Start {
        record Serving(Session session) implements Start {
        }

        record Failed(int exitCode) implements Start {
        }
    }

    /** A running preview: the server, the watcher and the build; closing stops them. */
    record Session(PreviewServer server, ProjectWatcher watcher, LiveBuild build) implements AutoCloseable {
        @Override
        public void close() {
            watcher.close();
            build.close();
            server.close();
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        return switch (start()) {
            case Start.Failed f -> f.exitCode();
            case Start.Serving s -> {
                try (Session session = s.session()) {
                    new CountDownLatch(1).await(); // until Ctrl+C ends the process
                }
                yield Egm.OK;
            }
        };
    }

    /** Starts the server (first, so a busy port fails fast), builds once, then starts the watcher. */
    Start start() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("egm serve: --port " + port + " is not a port; use 1–65535, or 0 for a free one");
            return new Start.Failed(Egm.USAGE);
        }
        Path project = options.project();
        PreviewServer server;
        try {
            server = PreviewServer.start(out.resolve("site"), port);
        } catch (BindException e) {
            err.println("egm serve: port " + port + " on 127.0.0.1 is in use; choose another with --port");
            return new Start.Failed(Egm.USAGE);
        } catch (IOException e) {
            err.println("egm serve: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            return new Start.Failed(Egm.USAGE);
        }
        LiveBuild build = new LiveBuild(new Build.Options(project, out, BuildCommand.sourceDateEpoch(), Egm.version()),
                line -> {
                    stdout.println(line);
                    stdout.flush();
                });
        Outcome first = rebuild(build, Set.of());
        if (first == Outcome.UNSAFE) {
            build.close();
            server.close();
            return new Start.Failed(Egm.INPUT_PROBLEMS);
        }
        ProjectWatcher watcher;
        try {
            watcher = ProjectWatcher.start(project, out, DEBOUNCE, files -> {
                if (rebuild(build, files) == Outcome.BUILT) {
                    server.siteChanged();
                }
            });
        } catch (IOException e) {
            build.close();
            server.close();
            err.println("egm serve: cannot watch " + project + ": " + e.getMessage());
            return new Start.Failed(Egm.INPUT_PROBLEMS);
        }
        if (first == Outcome.FAILED) {
            err.println("The first build failed: fix the problems above and save; the site is rebuilt on every change.");
            err.flush();
        }
        stdout.println("Serving " + server.uri() + " \u2014 Ctrl+C to stop");
        stdout.flush();
        return new Start.Serving(new Session(server, watcher, build));
    }

    private enum Outcome { BUILT, FAILED, UNSAFE }

    /**
     * One build after {@code changed} (all files when empty); prints its problems when it fails.
     * Never throws: the preview outlives a failed build.
     */
    private Outcome rebuild(LiveBuild build, Set<Path> changed) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try {
            Build.Result result = build.changed(changed);
            if (!result.ok()) {
                ProblemReport.print(result.problems(), err);
                err.flush();
                return Outcome.FAILED;
            }
            result.problems().forEach(err::println);
            String stages = result.timings().stages().stream().map(s -> s.name() + " " + s.millis())
                    .collect(java.util.stream.Collectors.joining(", "));
            stdout.printf(Locale.ROOT, "Built %s into %s (%d pages) in %d ms (%s).%n", options.project(), out,
                    result.pages(), (System.nanoTime() - start) / 1_000_000, stages);
            stdout.flush();
            return Outcome.BUILT;
        } catch (UnsafeOutputException e) {
            err.println("egm serve: " + e.getMessage());
            err.flush();
            return Outcome.UNSAFE;
        } catch (Exception e) {
            // Build.run declares Exception. An internal error must not end the preview: report it and
            // keep serving the previous site, as for input problems.
            err.println("egm serve: internal error while building: " + e);
            if (options.verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return Outcome.FAILED;
        }
    }
}
