package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void escapesControlCharactersButKeepsLineFeedsAndTabs() {
    assertThat(TerminalText.escape("a\u001b[2Jb\u0007c\td\ne\u009bf\u007f"))
        .isEqualTo("a\\x1B[2Jb\\x07c\td\ne\\x9Bf\\x7F");
  }

  @Test
  void leavesPlainTextAsItIs() {
    String text = "He said “fine” — and left.";
    assertThat(TerminalText.escape(text)).isSameAs(text);
  }
}
