package org.standoff.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * For every site, the nearest feature of each of several layers, computed in parallel.
 *
 * <p><b>Guarantee.</b> Each answer is {@link FeatureIndex#nearest}'s: the exact WGS84 geodesic
 * distance to the nearest feature (boundary of a polygon, 0 inside), identical to a brute-force
 * scan; results are in the order of the sites and do not depend on the number of threads.
 *
 * <p><b>Execution.</b> Sites are cut into batches of {@link ProximityParameters#batchSize()} and
 * the batches run as a parallel stream inside a dedicated {@link ForkJoinPool} of
 * {@link ProximityParameters#parallelism()} threads (not the common pool, so a UI or other work
 * keeps its threads). After each batch the listener hears the number of sites done; before each
 * batch it is asked whether to cancel.
 *
 * <p><b>Thread safety.</b> Immutable; {@link #run} may be called from several threads, each call
 * having its own pool. The listener is called from worker threads.
 */
public final class ProximityOp {

    private final ProximityParameters parameters;

    public ProximityOp(ProximityParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * Finds the nearest feature of each index for every site.
     *
     * @throws CancellationException if the listener cancelled or the calling thread was interrupted
     */
    public List<SiteProximity> run(List<Site> sites, List<FeatureIndex> indexes, ProgressListener listener) {
        List<Site> input = List.copyOf(sites);
        List<FeatureIndex> layers = List.copyOf(indexes);
        SiteProximity[] out = new SiteProximity[input.size()];
        int batch = parameters.batchSize();
        int batches = (input.size() + batch - 1) / batch;
        AtomicLong done = new AtomicLong();
        ForkJoinPool pool = new ForkJoinPool(parameters.parallelism());
        try {
            pool.submit(() -> IntStream.range(0, batches).parallel().forEach(b -> {
                        if (listener.isCancelled()) {
                            throw new CancellationException("Proximity cancelled");
                        }
                        int end = Math.min(input.size(), (b + 1) * batch);
                        for (int i = b * batch; i < end; i++) {
                            out[i] = nearestOf(input.get(i), layers);
                        }
                        listener.progress(done.addAndGet(end - b * batch), input.size());
                    }))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(out);
    }

    private static SiteProximity nearestOf(Site site, List<FeatureIndex> layers) {
        List<Optional<Nearest>> nearest = new ArrayList<>(layers.size());
        for (FeatureIndex index : layers) {
            nearest.add(index.nearest(site.lon(), site.lat()));
        }
        return new SiteProximity(site, nearest);
    }

    /** Unwraps a worker's failure so callers see the original exception type. */
    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }
}
