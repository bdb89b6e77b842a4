package io.trustbench.secureelement.core.config;

/** One decoded field as a name/value pair, ready for a property sheet or JSON. */
public record Property(String name, String value) {
}
