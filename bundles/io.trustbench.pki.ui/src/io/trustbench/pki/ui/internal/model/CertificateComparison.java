package io.trustbench.pki.ui.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.Field;

/**
 * Side-by-side rows of two certificates' field trees, matched by field path ("Subject › CN",
 * "Extensions › X509v3 Basic Constraints (critical) › Value"), in the order of the first
 * certificate with fields only the second has appended. A field missing on one side is empty there.
 */
public final class CertificateComparison {

	/** Separator of path segments in row labels. */
	public static final String SEPARATOR = " › ";

	public record Row(String field, int depth, String left, String right) {
		public boolean differs() {
			return !left.equals(right);
		}
	}

	private CertificateComparison() {
	}

	public static List<Row> compare(CertificateModel left, CertificateModel right, Instant now) {
		Map<String, String[]> rows = new LinkedHashMap<>();
		Map<String, Integer> depths = new LinkedHashMap<>();
		collect(InspectorFields.build(left, now), "", 0, rows, depths, 0);
		collect(InspectorFields.build(right, now), "", 0, rows, depths, 1);
		List<Row> result = new ArrayList<>();
		for (Map.Entry<String, String[]> row : rows.entrySet()) {
			String[] values = row.getValue();
			result.add(new Row(row.getKey(), depths.get(row.getKey()), values[0] == null ? "" : values[0],
					values[1] == null ? "" : values[1]));
		}
		return result;
	}

	public static long differences(List<Row> rows) {
		return rows.stream().filter(Row::differs).count();
	}

	private static void collect(Field field, String prefix, int depth, Map<String, String[]> rows,
			Map<String, Integer> depths, int side) {
		for (Field child : field.children()) {
			if (child.name().isEmpty()) {
				continue; // value lines repeat their parent's value, which is compared already
			}
			String path = prefix.isEmpty() ? child.name() : prefix + SEPARATOR + child.name();
			String key = unique(path, rows, side);
			rows.computeIfAbsent(key, k -> new String[2])[side] = InspectorFields.oneLine(child.value());
			depths.putIfAbsent(key, depth);
			collect(child, key, depth + 1, rows, depths, side);
		}
	}

	/** Names repeat (two OU attributes): the second becomes "OU #2" so both are compared. */
	private static String unique(String path, Map<String, String[]> rows, int side) {
		String key = path;
		for (int n = 2; rows.containsKey(key) && rows.get(key)[side] != null; n++) {
			key = path + " #" + n;
		}
		return key;
	}
}
