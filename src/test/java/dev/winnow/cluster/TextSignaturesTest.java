package dev.winnow.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSignaturesTest {
  private static final String WIRE =
      "The festival announced on Tuesday that its closing night gala will move from the harbour"
          + " pavilion to the old opera house after a storm damaged the pavilion roof. Organisers"
          + " said every ticket remains valid and that the orchestra, the choir and the three"
          + " guest conductors have agreed to the new venue. The opera house holds four hundred"
          + " more seats, which will go on sale at noon on Friday through the festival website."
          + " A spokesperson thanked the city council for finding a hall at such short notice.";

  /** The wire text with its last sentence cut and a credit line added: a syndicated copy. */
  private static final String COPY =
      "(Reporting by the festival desk) The festival announced on Tuesday that its closing night"
          + " gala will move from the harbour pavilion to the old opera house after a storm"
          + " damaged the pavilion roof. Organisers said every ticket remains valid and that the"
          + " orchestra, the choir and the three guest conductors have agreed to the new venue."
          + " The opera house holds four hundred more seats, which will go on sale at noon on"
          + " Friday through the festival website.";

  /** The same event told in the reporter's own sentences, with much the same words. */
  private static final String REWRITE =
      "A storm damaged the roof of the harbour pavilion, so the closing night gala of the festival"
          + " moves to the old opera house, organisers announced on Tuesday. Tickets remain valid."
          + " The choir, the orchestra and three guest conductors agreed to the venue, which holds"
          + " four hundred more seats; those go on sale Friday at noon on the website of the"
          + " festival. The city council found the hall at short notice, a spokesperson said in"
          + " thanks.";

  @Test
  void aSyndicatedCopyResemblesTheWireTextClosely() {
    assertTrue(resemblance(WIRE, COPY) >= 0.6, () -> "resemblance " + resemblance(WIRE, COPY));
  }

  @Test
  void aRewriteInOtherSentencesHardlyResemblesItDespiteSharingItsWords() {
    assertTrue(resemblance(WIRE, REWRITE) < 0.2, () -> "resemblance " + resemblance(WIRE, REWRITE));
  }

  @Test
  void aShortTextHasNoSignatureAndResemblesNothing() {
    TextSignature short_ = TextAnalysis.signatureOf(article("Gala moves to the opera house."));
    assertFalse(short_.isKnown());
    assertEquals(0, short_.resemblance(TextAnalysis.signatureOf(article(WIRE))));
  }

  private static double resemblance(String a, String b) {
    return TextAnalysis.signatureOf(article(a)).resemblance(TextAnalysis.signatureOf(article(b)));
  }

  private static Article article(String text) {
    URI url = URI.create("https://outlet.example/a");
    Instant at = Instant.parse("2026-06-01T10:00:00Z");
    return new Article(
        "a1", url, "Outlet", "Gala moves", "", text, "", "", "page", at, at, List.of());
  }
}
