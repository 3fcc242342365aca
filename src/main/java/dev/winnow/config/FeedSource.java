package dev.winnow.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.net.URISyntaxException;

/** One feed of feeds.yml. The URL is trusted: it may point anywhere, loopback included. */
public record FeedSource(String name, URI url, String category) {

  @JsonCreator
  static FeedSource fromYaml(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "url", required = true) String url,
      @JsonProperty("category") String category) {
    return new FeedSource(name, parseUrl(url), category);
  }

  /** A feed from a URL string, validated as feeds.yml's would be. */
  public static FeedSource of(String name, URI url, String category) {
    return fromYaml(name, url.toString(), category);
  }

  public FeedSource {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("feed name must not be empty");
    }
    if (url == null) {
      throw new IllegalArgumentException("feed '" + name + "' has no url");
    }
    category = category == null || category.isBlank() ? "" : category.strip();
    name = name.strip();
  }

  private static URI parseUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("url must not be empty");
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new IllegalArgumentException("url '" + url + "' is not an absolute http(s) URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("url '" + url + "' is not a valid URL: " + e.getReason());
    }
  }
}
