package dev.winnow.extract;

/** Small counts over text that the extractor and its callers share. */
public final class TextStats {
  private TextStats() {}

  public static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
