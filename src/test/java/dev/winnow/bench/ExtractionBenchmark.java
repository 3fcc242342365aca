package dev.winnow.bench;

import dev.winnow.extract.ArticleExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Extraction speed against a bare Jsoup parse of the same pages (a benchmark, not a test).
 *
 * <p>Usage: bench/run ExtractionBenchmark DIR [ROUNDS]. Every *.html of DIR is read into memory;
 * each round parses all pages with Jsoup alone, then extracts them, each phase after a GC; the
 * first third of the rounds warm the JIT and are not counted (DESIGN.md: a cold JVM runs ~5x slower
 * for its first ~1,500 pages). Medians over rounds resist the noise of a shared machine.
 */
public final class ExtractionBenchmark {
  private ExtractionBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    List<byte[]> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        pages.add(Files.readAllBytes(file));
      }
    }
    ArticleExtractor extractor = new ArticleExtractor();
    int warmup = rounds / 3;
    List<Double> ratios = new ArrayList<>();
    List<Double> parseRates = new ArrayList<>();
    List<Double> extractRates = new ArrayList<>();
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      System.gc(); // each phase starts on an empty young generation, so GC lands where it is caused
      long t0 = System.nanoTime();
      for (byte[] page : pages) {
        sink +=
            Jsoup.parse(new ByteArrayInputStream(page), null, "https://example.com/")
                .childNodeSize();
      }
      long t1 = System.nanoTime();
      System.gc();
      long t2 = System.nanoTime();
      for (byte[] page : pages) {
        sink += extractor.extract(page, null, "https://example.com/").text().length();
      }
      long t3 = System.nanoTime();
      if (round >= warmup) {
        parseRates.add(pages.size() / ((t1 - t0) / 1e9));
        extractRates.add(pages.size() / ((t3 - t2) / 1e9));
        ratios.add((double) (t3 - t2) / (t1 - t0));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "pages %d, rounds %d (%d warm-up), medians over rounds%n"
            + "bare Jsoup parse: %.0f pages/s%nextraction:       %.0f pages/s%n"
            + "cost ratio extraction/parse: %.2f (min %.2f, max %.2f)  [sink %d]%n",
        pages.size(),
        rounds,
        warmup,
        median(parseRates),
        median(extractRates),
        median(ratios),
        Collections.min(ratios),
        Collections.max(ratios),
        sink % 10);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
