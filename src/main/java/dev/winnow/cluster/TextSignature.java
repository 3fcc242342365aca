package dev.winnow.cluster;

import java.util.Arrays;

/**
 * A MinHash signature of a text's word shingles (one-permutation hashing into buckets, empty
 * buckets filled by rotation). The share of buckets two signatures agree on estimates the Jaccard
 * similarity of their shingle sets (Broder, "On the resemblance and containment of documents",
 * 1997): a syndicated copy (the same wire text under another headline, a sentence cut, a credit
 * line added) agrees on most buckets, while a rewrite that uses the same words in its own sentences
 * agrees on almost none, however alike its words are.
 */
public record TextSignature(int[] minHashes) {
  /** A text too short to have a signature, or one stored before signatures were kept. */
  public static final TextSignature NONE = new TextSignature(new int[0]);

  public TextSignature {
    minHashes = minHashes.clone();
  }

  public boolean isKnown() {
    return minHashes.length > 0;
  }

  /** The estimated Jaccard similarity of the two texts' shingle sets; 0 when either is unknown. */
  public double resemblance(TextSignature other) {
    if (!isKnown() || minHashes.length != other.minHashes.length) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < minHashes.length; i++) {
      if (minHashes[i] == other.minHashes[i]) {
        same++;
      }
    }
    return (double) same / minHashes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextSignature t && Arrays.equals(minHashes, t.minHashes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minHashes);
  }

  @Override
  public String toString() {
    return "TextSignature" + Arrays.toString(minHashes);
  }
}
