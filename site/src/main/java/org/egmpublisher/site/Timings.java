package org.egmpublisher.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Wall time of each stage of a build, reported as the build goes and kept for {@code --timings json}. */
public final class Timings {

    /** One stage: when it started (milliseconds after the build began) and how long it took. */
    public record Stage(String name, long startMillis, long millis) {
    }

    /** A stage's work, which may fail with a checked exception. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private final List<Stage> stages = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Consumer<Stage> listener;
    private final long started = System.nanoTime();

    public Timings(Consumer<Stage> listener) {
        this.listener = listener;
    }

    public <T> T time(String name, Work<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.run();
        Stage stage = new Stage(name, (start - started) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
        stages.add(stage);
        synchronized (this) {
            listener.accept(stage);
        }
        return result;
    }

    public List<Stage> stages() {
        synchronized (stages) {
            return List.copyOf(stages);
        }
    }

    /**
     * {"stages":[{"name":"load","start_ms":0,"ms":12},…],"total_ms":…}; the total is wall time since
     * the start, less than the sum of the stages when stages run side by side (their start times
     * show which did).
     */
    public String json() {
        List<Stage> stages = stages();
        StringBuilder b = new StringBuilder("{\"stages\":[");
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            b.append(i == 0 ? "" : ",").append("{\"name\":\"").append(s.name()).append("\",\"start_ms\":")
                    .append(s.startMillis()).append(",\"ms\":").append(s.millis()).append('}');
        }
        return b.append("],\"total_ms\":").append((System.nanoTime() - started) / 1_000_000).append('}').toString();
    }

}
