package dev.winnow.feed;

import dev.winnow.fetch.ContentTypes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character encoding of a feed document, decided as RFC 7303 §3 and XML 1.0 Appendix F say: a
 * byte order mark or the first bytes' pattern first, then for application/*xml the HTTP charset
 * over the XML declaration, for text/*xml the HTTP charset or else US-ASCII (RFC 3023 §3.1, which
 * feeds served as text/xml still rely on), and otherwise the declaration, else UTF-8.
 *
 * @param name the name reported (lower case, byte order spelled out: "utf-16le")
 */
record FeedCharset(String name, Charset charset, int bomLength) {
  private static final Pattern DECLARED =
      Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  static FeedCharset of(byte[] body, String contentType) {
    Optional<FeedCharset> sniffed = sniff(body);
    if (sniffed.isPresent() && sniffed.get().bomLength() > 0) {
      return sniffed.get();
    }
    String media = ContentTypes.mediaTypeOf(contentType);
    Optional<String> http = ContentTypes.charsetNameOf(contentType);
    boolean textXml = media.startsWith("text/") && media.contains("xml");
    if (http.isPresent() && (textXml || media.contains("xml") || media.equals("text/plain"))) {
      return named(http.get(), sniffed);
    }
    if (textXml) {
      return new FeedCharset("us-ascii", StandardCharsets.US_ASCII, 0);
    }
    if (sniffed.isPresent()) {
      return sniffed.get();
    }
    return declared(body).map(d -> named(d, sniffed)).orElse(named("utf-8", sniffed));
  }

  String decode(byte[] body) {
    return new String(body, bomLength, body.length - bomLength, charset);
  }

  /** XML 1.0 Appendix F: a byte order mark, or "<?" in a 16- or 32-bit encoding. */
  private static Optional<FeedCharset> sniff(byte[] b) {
    if (starts(b, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(new FeedCharset("utf-8", StandardCharsets.UTF_8, 3));
    }
    if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return Optional.of(new FeedCharset("utf-32be", Charset.forName("UTF-32BE"), 4));
    }
    if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return Optional.of(new FeedCharset("utf-32le", Charset.forName("UTF-32LE"), 4));
    }
    if (starts(b, 0xFE, 0xFF)) {
      return Optional.of(new FeedCharset("utf-16be", StandardCharsets.UTF_16BE, 2));
    }
    if (starts(b, 0xFF, 0xFE)) {
      return Optional.of(new FeedCharset("utf-16le", StandardCharsets.UTF_16LE, 2));
    }
    if (starts(b, 0x00, 0x00, 0x00, 0x3C)) {
      return Optional.of(new FeedCharset("utf-32be", Charset.forName("UTF-32BE"), 0));
    }
    if (starts(b, 0x3C, 0x00, 0x00, 0x00)) {
      return Optional.of(new FeedCharset("utf-32le", Charset.forName("UTF-32LE"), 0));
    }
    if (starts(b, 0x00, 0x3C, 0x00, 0x3F)) {
      return Optional.of(new FeedCharset("utf-16be", StandardCharsets.UTF_16BE, 0));
    }
    if (starts(b, 0x3C, 0x00, 0x3F, 0x00)) {
      return Optional.of(new FeedCharset("utf-16le", StandardCharsets.UTF_16LE, 0));
    }
    return Optional.empty();
  }

  private static Optional<String> declared(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head.stripLeading());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * A declared or announced name, made precise: a 16- or 32-bit name takes the byte order the bytes
   * show; GB2312 is read as its superset GB18030; ISO-8859-1 as windows-1252, which differs only in
   * 0x80–0x9F, where Latin-1 has control characters no feed means (curly quotes, dashes).
   */
  private static FeedCharset named(String name, Optional<FeedCharset> sniffed) {
    String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
    if (sniffed.isPresent()
        && (n.startsWith("utf-16")
            || n.startsWith("utf16")
            || n.startsWith("utf-32")
            || n.startsWith("utf32"))) {
      return sniffed.get();
    }
    if (n.equals("gb2312") || n.equals("gbk")) {
      return new FeedCharset("gb18030", Charset.forName("GB18030"), 0);
    }
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1")) {
      return new FeedCharset(n, Charset.forName("windows-1252"), 0);
    }
    try {
      return new FeedCharset(n, Charset.forName(n), 0);
    } catch (IllegalArgumentException unknown) {
      return sniffed.orElse(new FeedCharset("utf-8", StandardCharsets.UTF_8, 0));
    }
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
