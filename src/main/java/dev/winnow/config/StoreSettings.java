package dev.winnow.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * Where stories are kept: the embedded index at --index (the default), or a SolrCloud collection
 * shared by every instance configured alike.
 */
public record StoreSettings(Optional<SolrSettings> solr) {

  public static final StoreSettings EMBEDDED = new StoreSettings(Optional.empty());

  @JsonCreator
  static StoreSettings fromYaml(@JsonProperty("solr") SolrSettings solr) {
    return new StoreSettings(Optional.ofNullable(solr));
  }
}
