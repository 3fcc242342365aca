package dev.winnow.feed;

/** An author or contributor as a feed names them; either part may be "". */
public record FeedPerson(String name, String email) {
  public FeedPerson {
    name = name == null ? "" : name.strip();
    email = email == null ? "" : email.strip();
  }
}
