package org.egmpublisher.site.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches a project folder and all its subfolders, and calls back once changes have paused for
 * the debounce time (an editor's save is often several events). Folders created later are watched
 * too. The output folder, its staging siblings ({@code .out.tmp-…}, {@code .out.old-…}) and hidden
 * files (editor swap files) are ignored, so that a build never triggers the next one.
 *
 * <p>Callbacks run one at a time on the watcher's own thread, never concurrently: a change made
 * during a rebuild schedules one more after it. Close to stop.
 */
public final class ProjectWatcher implements AutoCloseable {

    private final Path project;
    private final Path output;
    private final Duration debounce;
    private final Consumer<Set<Path>> onChange;
    /** The files changed since the last callback, relative to the project; null: unknown (an overflow). */
    private Set<Path> changed = new TreeSet<>();
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final ScheduledExecutorService scheduler;
    private final Thread thread;
    private ScheduledFuture<?> pending;

    private ProjectWatcher(Path project, Path output, Duration debounce, Consumer<Set<Path>> onChange) throws IOException {
        this.project = project;
        this.output = output;
        this.debounce = debounce;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "egm-rebuild");
            t.setDaemon(true);
            return t;
        });
        this.thread = new Thread(this::loop, "egm-watch");
        this.thread.setDaemon(true);
    }

    /** As {@link #start(Path, Path, Duration, Consumer)}, for a callback that needs no list of files. */
    public static ProjectWatcher start(Path project, Path output, Duration debounce, Runnable onChange)
            throws IOException {
        return start(project, output, debounce, files -> onChange.run());
    }

    /**
     * Starts watching {@code project}, ignoring {@code output} (which may lie inside it or not);
     * {@code onChange} runs {@code debounce} after the last change of a burst, with the files
     * changed relative to the project (empty when the system lost count of them).
     */
    public static ProjectWatcher start(Path project, Path output, Duration debounce, Consumer<Set<Path>> onChange)
            throws IOException {
        ProjectWatcher w = new ProjectWatcher(project.toAbsolutePath().normalize(), output.toAbsolutePath().normalize(),
                debounce, onChange);
        w.registerTree(w.project);
        w.thread.start();
        return w;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Closing a watch service only releases its handles; nothing to report.
        }
        scheduler.shutdownNow();
        thread.interrupt();
    }

    private void loop() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path folder;
            synchronized (folders) {
                folder = folders.get(key);
            }
            boolean relevant = false;
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                    relevant = true;
                    record(null);
                    continue;
                }
                Path changed = folder.resolve((Path) event.context());
                if (ignored(changed)) {
                    continue;
                }
                relevant = true;
                record(project.relativize(changed));
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                    try {
                        registerTree(changed);
                    } catch (IOException e) {
                        // The folder vanished again or cannot be read; the rebuild will report it.
                    }
                }
            }
            if (!key.reset()) {
                synchronized (folders) {
                    folders.remove(key);
                }
            }
            if (relevant) {
                schedule();
            }
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            pending = scheduler.schedule(this::run, debounce.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Closed while a change came in.
        }
    }

    private synchronized void record(Path file) {
        if (file == null) {
            changed = null;
        } else if (changed != null) {
            changed.add(file);
        }
    }

    private synchronized Set<Path> takeChanged() {
        Set<Path> files = changed == null ? Set.of() : Set.copyOf(changed);
        changed = new TreeSet<>();
        return files;
    }

    private void run() {
        try {
            onChange.accept(takeChanged());
        } catch (RuntimeException e) {
            // The callback reports its own failures; a watcher must survive them.
        }
    }

    /** Whether a path is the output, one of its staging siblings, inside them, or hidden. */
    boolean ignored(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (p.startsWith(output)) {
            return true;
        }
        String staging = "." + output.getFileName() + ".";
        for (Path part = p; part != null && part.startsWith(project) && !part.equals(project); part = part.getParent()) {
            String name = part.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~") || name.startsWith(staging)) {
                return true;
            }
        }
        return p.getParent() != null && p.getParent().equals(output.getParent())
                && p.getFileName().toString().startsWith(staging);
    }

    private void registerTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(project) && ignored(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                synchronized (folders) {
                    folders.put(key, dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
