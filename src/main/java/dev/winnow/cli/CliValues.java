package dev.winnow.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values checked where they are read, so a bad one is a usage error naming the option. */
final class CliValues {
  private CliValues() {}

  /** A count of things to print: 1 or more. */
  static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n = whole(value);
      if (n < 1) {
        throw new TypeConversionException("must be at least 1, not " + value);
      }
      return n;
    }
  }

  /** A TCP port: 1–65535, or 0 for any free one. */
  static final class PortNumber implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n = whole(value);
      if (n < 0 || n > 65_535) {
        throw new TypeConversionException("must be a port from 0 to 65535, not " + value);
      }
      return n;
    }
  }

  private static int whole(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("must be a whole number, not '" + value + "'");
    }
  }
}
