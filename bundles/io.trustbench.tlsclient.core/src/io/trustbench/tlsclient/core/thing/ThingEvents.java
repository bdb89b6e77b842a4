package io.trustbench.tlsclient.core.thing;

/** What a simulated thing tells its watcher (CLI lines, demo output, a view): one line per event. */
@FunctionalInterface
public interface ThingEvents {

	void event(String line);

	ThingEvents NONE = line -> {
	};
}
