package dev.winnow.pipeline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where ingest time goes: the time spent in each stage, summed over the threads that ran it since
 * the pipeline started. Feeds are parsed and pages extracted on many workers at once, so a stage's
 * total can exceed the wall time; per article it says what each costs.
 */
public final class StageTimes {
  /** The stages, in the order an article passes them. */
  public enum Stage {
    PARSE,
    EXTRACT,
    ANALYZE,
    CLUSTER,
    STORE
  }

  /** A stage's work, which may fail as the stage would. */
  interface Work<T, E extends Exception> {
    T run() throws E;
  }

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
  private final Map<Stage, LongAdder> runs = new EnumMap<>(Stage.class);

  public StageTimes() {
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
      runs.put(s, new LongAdder());
    }
  }

  <T, E extends Exception> T timed(Stage stage, Work<T, E> work) throws E {
    long start = System.nanoTime();
    try {
      return work.run();
    } finally {
      nanos.get(stage).add(System.nanoTime() - start);
      runs.get(stage).increment();
    }
  }

  /** The time spent in {@code stage} so far, over all threads. */
  public Duration total(Stage stage) {
    return Duration.ofNanos(nanos.get(stage).sum());
  }

  /** How many times {@code stage} ran (a feed parsed, a page extracted, an article stored). */
  public long runs(Stage stage) {
    return runs.get(stage).sum();
  }
}
