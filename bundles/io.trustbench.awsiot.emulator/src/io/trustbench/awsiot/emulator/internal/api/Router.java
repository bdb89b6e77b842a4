package io.trustbench.awsiot.emulator.internal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps METHOD + path template ({@code /things/{thingName}/principals}) to an operation. */
public final class Router {

	/** An operation: its AWS name (for the log) and what it does. */
	public interface Operation {
		ApiResponse handle(ApiRequest request);
	}

	public record Route(String method, String[] segments, String name, Operation operation) {
	}

	public record Match(Route route, Map<String, String> pathParams) {
	}

	private final List<Route> routes = new ArrayList<>();

	public void add(String method, String template, String name, Operation operation) {
		routes.add(new Route(method, split(template), name, operation));
	}

	/** The first route whose method and decoded segments match, or null. */
	public Match match(String method, List<String> segments) {
		for (Route route : routes) {
			if (!route.method.equals(method) || route.segments.length != segments.size()) {
				continue;
			}
			Map<String, String> params = new LinkedHashMap<>();
			boolean ok = true;
			for (int i = 0; i < route.segments.length && ok; i++) {
				String t = route.segments[i];
				if (t.startsWith("{") && t.endsWith("}")) {
					params.put(t.substring(1, t.length() - 1), segments.get(i));
				} else {
					ok = t.equals(segments.get(i));
				}
			}
			if (ok) {
				return new Match(route, params);
			}
		}
		return null;
	}

	private static String[] split(String template) {
		return template.substring(1).split("/");
	}
}
