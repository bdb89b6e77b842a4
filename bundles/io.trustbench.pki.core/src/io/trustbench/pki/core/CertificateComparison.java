package io.trustbench.pki.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two certificates field by field (the inspector's "compare"): every field path of
 * either field tree whose value differs, with both values (null where a field is missing).
 */
public final class CertificateComparison {

	/** One differing field, e.g. path "Validity/Not After". */
	public record Difference(String path, String left, String right) {
	}

	private CertificateComparison() {
	}

	public static List<Difference> compare(CertificateModel left, CertificateModel right) {
		Map<String, String> a = flatten(left.fields());
		Map<String, String> b = flatten(right.fields());
		Set<String> paths = new LinkedHashSet<>(a.keySet());
		paths.addAll(b.keySet());
		List<Difference> differences = new ArrayList<>();
		for (String path : paths) {
			String x = a.get(path);
			String y = b.get(path);
			if (x == null ? y != null : !x.equals(y)) {
				differences.add(new Difference(path, x, y));
			}
		}
		return differences;
	}

	private static Map<String, String> flatten(Field root) {
		Map<String, String> out = new LinkedHashMap<>();
		for (Field child : root.children()) {
			flatten(child, "", out);
		}
		return out;
	}

	private static void flatten(Field field, String prefix, Map<String, String> out) {
		String path = prefix + field.name();
		String unique = path;
		for (int n = 2; out.containsKey(unique); n++) {
			unique = path + " #" + n; // repeated names, e.g. two OU attributes
		}
		out.put(unique, field.value());
		for (Field child : field.children()) {
			flatten(child, unique + "/", out);
		}
	}
}
