package org.egmpublisher.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code egm} command. Exit codes: 0 success, 1 input problems (all printed), 2 usage error,
 * 3 internal error (a stack trace only with {@code --verbose}).
 */
@Command(name = "egm", mixinStandardHelpOptions = true, versionProvider = Egm.Version.class,
        scope = CommandLine.ScopeType.INHERIT, // so that `egm build --help` works as `egm help build` does
        description = "Publishes what an Expert Group Meeting on the UN E-Government Survey produces: "
                + "the EGM report, the methodology annex, charts and a static website.",
        subcommands = {BuildCommand.class, CheckCommand.class, ScoreCommand.class, ServeCommand.class,
                AssignBreakoutsCommand.class, NewCommand.class,
                CommandLine.HelpCommand.class})
public final class Egm implements Runnable {

    public static final int OK = 0;
    public static final int INPUT_PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with the given streams; for tests and for {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Egm());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> INTERNAL);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("egm: " + ex.getMessage());
            err.println("Try 'egm --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parsed) -> {
            FileSystemException fs = fileSystemCause(ex);
            if (fs != null) { // a folder named wrongly, or one the user may not write: theirs to mend, not a bug
                err.println("egm: " + describe(fs));
                return INPUT_PROBLEMS;
            }
            boolean verbose = parsed.hasMatchedOption("--verbose");
            err.println("egm: internal error: " + ex);
            if (verbose) {
                ex.printStackTrace(err);
            } else {
                err.println("Run again with --verbose for the stack trace, and report it.");
            }
            return INTERNAL;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static FileSystemException fileSystemCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fs) {
                return fs;
            }
        }
        return null;
    }

    /** What went wrong with a file or folder, in words: the JDK's exceptions name only the path. */
    static String describe(FileSystemException e) {
        String what = switch (e) {
            case FileAlreadyExistsException x -> "a file is in the way; a folder is needed there";
            case AccessDeniedException x -> "permission denied";
            case NoSuchFileException x -> "no such file or folder";
            case NotDirectoryException x -> "not a folder";
            case DirectoryNotEmptyException x -> "the folder is not empty";
            default -> e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        };
        return e.getFile() + ": " + what + (e.getOtherFile() != null ? " (with " + e.getOtherFile() + ")" : "") + ".";
    }

    static String version() {
        try (InputStream in = Egm.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    /** Supplies {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"EGM Publisher " + version(), "Java " + Runtime.version()};
        }
    }
}
