package dev.winnow.cluster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an article is about: the names of people, places and organisations in its headline and lead,
 * found by English capitalization. A word is a name where the text itself says so: capitalized
 * inside a sentence and never written in lower case (a sentence's first word, and every word of a
 * Title Case headline, is capitalized whatever it is, so those count only when the text confirms
 * them). The names are given as analyzed terms, on the scale of the text's own terms, counted once
 * a mention.
 */
final class Participants {
  /** The lead: where news writing names who and where (the inverted pyramid). */
  private static final int LEAD_WORDS = 80;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:\"”])\\s+|\\n+");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’.\\-]*");

  /**
   * English words written capitalized that name no participant: function words that open sentences
   * and headlines, days, months, titles before a name.
   */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "a an the in on at of for to and or but if as by with from into after before over under"
              .concat(" about this that these those it its he she they we you i his her their our")
              .concat(" my your is was are were be been will would can could may might should")
              .concat(" says said say new how why what when where who which while than then there")
              .concat(" here not no yes up down out off all some any more most many much also just")
              .concat(" so such one two three first last mr mrs ms dr st monday tuesday wednesday")
              .concat(" thursday friday saturday sunday january february march april june july")
              .concat(" august september october november december")
              .split(" "));

  private Participants() {}

  /** Analyzed name terms of title and lead, each with its number of mentions there. */
  static Map<String, Integer> of(Article article) {
    String text =
        article.summary().isBlank() ? article.text() : article.summary() + "\n" + article.text();
    if (text.isBlank()) {
      return Map.of(); // a headline alone gives no evidence of how its words are written
    }
    Evidence evidence = Evidence.of(text);
    StringBuilder names = new StringBuilder();
    collect(article.title(), evidence, true, names);
    collect(lead(text), evidence, false, names);
    return names.isEmpty() ? Map.of() : TextAnalysis.termCounts(names.toString());
  }

  /**
   * Appends the name words of each sentence. A headline's words (Title Case or not) need the text's
   * confirmation; so does a sentence's first word; any other capitalized word counts unless the
   * text also writes it in lower case.
   */
  private static void collect(
      String part, Evidence evidence, boolean needConfirmation, StringBuilder out) {
    for (String sentence : SENTENCE_END.split(part)) {
      Matcher words = WORD.matcher(sentence);
      for (int i = 0; words.find(); i++) {
        String word = words.group();
        String key = Evidence.key(word);
        if (!Character.isUpperCase(word.charAt(0)) || key.length() < 2 || NOT_NAMES.contains(key)) {
          continue;
        }
        boolean plain = i > 0 && !needConfirmation && evidence.neverLower(key);
        if (plain || evidence.confirms(key)) {
          out.append(word).append(' ');
        }
      }
      out.append('\n');
    }
  }

  private static String lead(String text) {
    Matcher words = WORD.matcher(text);
    int end = 0;
    for (int n = 0; n < LEAD_WORDS && words.find(); n++) {
      end = words.end();
    }
    return text.substring(0, end);
  }

  /** How each word is written inside the text's sentences: capitalized, or in lower case. */
  private record Evidence(Map<String, Integer> capitalized, Map<String, Integer> lower) {
    static Evidence of(String text) {
      Evidence e = new Evidence(new HashMap<>(), new HashMap<>());
      for (String sentence : SENTENCE_END.split(text)) {
        Matcher words = WORD.matcher(sentence);
        for (int i = 0; words.find(); i++) {
          String word = words.group();
          if (!Character.isUpperCase(word.charAt(0))) {
            e.lower.merge(key(word), 1, Integer::sum);
          } else if (i > 0) {
            e.capitalized.merge(key(word), 1, Integer::sum);
          }
        }
      }
      return e;
    }

    boolean confirms(String key) {
      int caps = capitalized.getOrDefault(key, 0);
      return caps > 0 && caps >= lower.getOrDefault(key, 0);
    }

    boolean neverLower(String key) {
      return !lower.containsKey(key);
    }

    static String key(String word) {
      String k = word.toLowerCase(Locale.ROOT).replaceAll("[.'’]+$", "");
      return k.endsWith("'s") || k.endsWith("’s") ? k.substring(0, k.length() - 2) : k;
    }
  }
}
