package dev.estateaudit.cli;

import dev.estateaudit.util.UsageException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Numbers on the command line read in the user's words: picocli's own converters answer
 * "'NaN' is not a long" or quote a NumberFormatException. Registered for every command
 * ({@link #register}); an option's own range is checked by the option (see {@link RuleOptions}).
 */
final class NumberOptions {

    private NumberOptions() {
    }

    /** For every option of every command of {@code cli} (call it once its subcommands are added). */
    static void register(CommandLine cli) {
        cli.registerConverter(Integer.class, text -> (int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cli.registerConverter(Integer.TYPE, text -> (int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cli.registerConverter(Long.class, text -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE));
        cli.registerConverter(Long.TYPE, text -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE));
        cli.registerConverter(BigDecimal.class, NumberOptions::decimal);
    }

    /** A whole number between the bounds, said in words when it is not one or is out of range. */
    static long whole(String text, long min, long max) {
        BigInteger value;
        try {
            value = new BigInteger(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
        if (value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new TypeConversionException("'" + text + "' is too large (at most " + max + ")");
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0) {
            throw new TypeConversionException("'" + text + "' is too small (at least " + min + ")");
        }
        return value.longValueExact();
    }

    /** A decimal number such as 30 or 2.5; NaN, Infinity and words are not numbers. */
    static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a number (write it as 30 or 2.5)");
        }
    }

    /** The longest time limit an option takes, a day: milliseconds from about 9.3e15 seconds up wrap round a long. */
    static final long MAX_SECONDS = 86_400;

    /** A time limit in seconds, more than 0 and at most {@link #MAX_SECONDS}, to the millisecond (less rounds up to 1 ms). */
    static Duration seconds(String option, BigDecimal seconds) {
        String wrong = outOfRange(seconds);
        if (wrong != null) {
            throw new UsageException(option + " " + seconds + ": " + wrong);
        }
        return Duration.ofMillis(Math.max(1, seconds.movePointRight(3).longValue()));
    }

    /** Why a time limit cannot be taken, or null when it can. */
    static String outOfRange(BigDecimal seconds) {
        if (seconds.signum() <= 0) {
            return "must be more than 0 seconds";
        }
        return seconds.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0 ? "at most " + MAX_SECONDS + " seconds (a day)" : null;
    }

    /** {@code --max-rule-firings}: a whole number of at least 1. */
    static final class FiringLimit implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            long value = whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
            if (value < 1) {
                throw new TypeConversionException("'" + text + "': must be 1 or more firings");
            }
            return value;
        }
    }
}
