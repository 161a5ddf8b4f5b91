package org.egmpublisher.site;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the build's tasks. */
final class Tasks {

    private Tasks() {
    }

    /** What {@code task} returned; when it failed, what it threw (a template error stays one). */
    static <T> T result(Future<T> task) throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
