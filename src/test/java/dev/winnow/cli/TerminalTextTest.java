package dev.winnow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void removesEscapeSequencesBellsAndBidiControls() {
    String title = "\u001b]0;pwned\u0007Star\u001b[2J weds\u009b31m \u202egnp.exe\u2066x\u2069";
    assertEquals("]0;pwnedStar[2J weds31m gnp.exex", TerminalText.shown(title));
  }

  @Test
  void printsOneLineAndAMissingValueAsADash() {
    assertEquals("two lines", TerminalText.shown("two\nlines"));
    assertEquals("-", TerminalText.shown(null));
  }
}
