package dev.estateaudit.estate.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jackson names Java types and its own settings; users know the estate's words. */
public final class BindingMessages {

    private static final Pattern ESTATE_TYPE = Pattern.compile("`?dev\\.estateaudit\\.estate\\.([A-Za-z]+)`?");
    private static final Pattern NUMBER_OUT_OF_RANGE = Pattern.compile("Numeric value \\((.{1,80}?)\\) out of range of (int|long).*");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("Malformed numeric value '(\\.(?:inf|Inf|INF|nan|NaN|NAN))'.*");

    private BindingMessages() {
    }

    /** Jackson's message about a value that could not be bound, without Java's types or Jackson's settings. */
    public static String simplify(String message) {
        String simpler = message
                .replaceAll("^Trailing token .*", "content after the end of the file's one document (a second YAML "
                        + "document after '---', or text after JSON's closing brace): remove it, or merge it into the first")
                .replaceAll("^Cannot coerce empty String \\(\"\"\\) to `([^`]*)` value.*", "expected $1, found an empty text")
                .replaceAll("^Cannot coerce [A-Za-z -]+? value \\((.*?)\\) to `([^`]*)` value.*", "expected $2, found $1")
                .replaceAll("^Cannot construct instance of `([^`]*)` \\(although at least one Creator exists\\): "
                        + "no [A-Za-z]+-argument constructor/factory method to deserialize from [A-Za-z]+ value \\((.*)\\)$",
                        "expected $1, found $2")
                .replaceAll("Cannot deserialize value of type `([^`]*)` from ([A-Za-z ]+?)(?: value)? \\(.*", "expected $1, found $2")
                .replaceAll("Cannot deserialize value of type `([^`]*)` from String \"(.*?)\": .*", "expected $1, found '$2'")
                .replaceAll("Cannot deserialize value of type `([^`]*)` from (.*)", "expected $1, found $2")
                .replaceAll("found ''$", "found an empty text")
                .replaceAll("found Object$", "found a mapping")
                .replaceAll("found Array$", "found a list")
                .replace("java.lang.Integer", "a whole number")
                .replace("java.lang.Long", "a whole number")
                .replace("java.lang.Boolean", "true or false")
                .replace("java.lang.String", "text")
                .replace("java.time.Instant", "a timestamp such as 2026-05-01T00:00:00Z")
                .replaceAll("java\\.util\\.(Array)?List<.*?>(?=, found)", "a list");
        Matcher type = ESTATE_TYPE.matcher(simpler);
        StringBuilder out = new StringBuilder();
        while (type.find()) {
            type.appendReplacement(out, Matcher.quoteReplacement("a mapping (" + words(type.group(1)) + " fields)"));
        }
        return type.appendTail(out).toString();
    }

    /**
     * What the parser says about a value it could not read as a number, in the file's words, or
     * null when it says something else: {@code .inf} and {@code .nan} are YAML's infinity and
     * not-a-number, so a name written so must be quoted.
     */
    public static String number(String parserMessage) {
        Matcher notANumber = NOT_A_NUMBER.matcher(parserMessage);
        if (notANumber.matches()) {
            return "'" + notANumber.group(1) + "' is a YAML number (infinity or not-a-number), not text: quote it (\""
                    + notANumber.group(1) + "\") to use it as a name";
        }
        Matcher range = NUMBER_OUT_OF_RANGE.matcher(parserMessage);
        if (range.matches()) {
            return "the number " + range.group(1) + " is too large (at most " + (range.group(2).equals("int") ? Integer.MAX_VALUE : Long.MAX_VALUE) + ")";
        }
        return null;
    }

    /** EstateModule: "module"; FrontEnd: "front end"; LifeTime: "lifetime". */
    private static String words(String typeName) {
        String name = typeName.startsWith("Estate") && typeName.length() > "Estate".length() ? typeName.substring("Estate".length()) : typeName;
        return name.equals("LifeTime") ? "lifetime" : name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
