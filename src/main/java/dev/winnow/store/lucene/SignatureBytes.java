package dev.winnow.store.lucene;

import dev.winnow.cluster.TextSignature;
import java.nio.ByteBuffer;
import org.apache.lucene.util.BytesRef;

/** A text signature's stored form: its MinHash values, four bytes each. */
final class SignatureBytes {
  private SignatureBytes() {}

  static BytesRef encode(TextSignature signature) {
    ByteBuffer bytes = ByteBuffer.allocate(signature.minHashes().length * Integer.BYTES);
    for (int h : signature.minHashes()) {
      bytes.putInt(h);
    }
    return new BytesRef(bytes.array());
  }

  static TextSignature decode(BytesRef stored) {
    if (stored == null || stored.length % Integer.BYTES != 0) {
      return TextSignature.NONE;
    }
    ByteBuffer bytes = ByteBuffer.wrap(stored.bytes, stored.offset, stored.length);
    int[] hashes = new int[stored.length / Integer.BYTES];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = bytes.getInt();
    }
    return new TextSignature(hashes);
  }
}
