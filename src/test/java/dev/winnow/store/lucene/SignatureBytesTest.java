package dev.winnow.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.winnow.cluster.TextSignature;
import org.junit.jupiter.api.Test;

class SignatureBytesTest {
  @Test
  void aStoredSignatureReadsBackUnchanged() {
    TextSignature signature = new TextSignature(new int[] {7, -1, Integer.MIN_VALUE, 0, 42});
    assertEquals(signature, SignatureBytes.decode(SignatureBytes.encode(signature)));
  }

  @Test
  void storedBytesOfAnotherLengthAreNoSignature() {
    var odd = new org.apache.lucene.util.BytesRef(new byte[] {1, 2, 3});
    assertEquals(TextSignature.NONE, SignatureBytes.decode(odd));
  }
}
