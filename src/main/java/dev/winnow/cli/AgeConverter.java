package dev.winnow.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "2d", "12h", "30m" as durations. */
final class AgeConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    var m = java.util.regex.Pattern.compile("(\\d{1,6})([dhm])").matcher(value.strip());
    if (!m.matches()) {
      throw new TypeConversionException("'" + value + "' is not an age like 2d, 12h or 30m");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "d" -> Duration.ofDays(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofMinutes(n);
    };
  }
}
