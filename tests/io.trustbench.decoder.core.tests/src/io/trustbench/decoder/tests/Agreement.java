package io.trustbench.decoder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.trustbench.decoder.CaptureDecoder;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.FieldValues;
import io.trustbench.decoder.tls.crypto.KeyLog;

/** Runs tshark and the decoder on one capture and compares the chosen fields frame by frame. */
final class Agreement {

	private Agreement() {
	}

	static void assertAgrees(String label, Path capture, Path tsharkKeyLog, KeyLog decoderKeyLog, List<String> fields,
			DissectorRegistry registry, String displayFilter) throws Exception {
		Map<Integer, Map<String, List<String>>> expected = Tshark.fields(capture, tsharkKeyLog, fields, displayFilter);
		Map<Integer, Map<String, List<String>>> actual = decode(capture, decoderKeyLog, fields, registry, displayFilter);
		String want = render(expected);
		String got = render(actual);
		assertEquals(want, got, () -> label + " differs from tshark:\n" + diff(want, got));
	}

	static Map<Integer, Map<String, List<String>>> decode(Path capture, KeyLog keyLog, List<String> fields,
			DissectorRegistry registry, String displayFilter) throws IOException {
		Map<Integer, Map<String, List<String>>> frames = new TreeMap<>();
		new CaptureDecoder(registry).decode(capture, keyLog, frame -> {
			if (displayFilter.equals("tls") ? frame.carriesTls() : frame.has(displayFilter)) {
				Map<String, List<String>> all = FieldValues.of(frame, "tls");
				Map<String, List<String>> selected = new LinkedHashMap<>();
				for (String field : fields) {
					if (all.containsKey(field)) {
						selected.put(field, all.get(field));
					}
				}
				frames.put(frame.number(), selected);
			}
		}, new NullProgressMonitor());
		return frames;
	}

	/** One line per frame and field, so that a failure shows exactly which values differ. */
	static String render(Map<Integer, Map<String, List<String>>> frames) {
		List<String> lines = new ArrayList<>();
		frames.forEach((frame, values) -> {
			lines.add("frame " + frame);
			values.forEach((field, v) -> lines.add("  " + frame + " " + field + " = " + v));
		});
		return String.join("\n", lines);
	}

	/** Lines only tshark printed (-) and lines only the decoder printed (+), at most 40. */
	static String diff(String want, String got) {
		List<String> wantLines = List.of(want.split("\n"));
		List<String> gotLines = List.of(got.split("\n"));
		StringBuilder sb = new StringBuilder();
		int shown = 0;
		for (String line : wantLines) {
			if (!gotLines.contains(line) && shown++ < 40) {
				sb.append("- ").append(line, 0, Math.min(line.length(), 240)).append('\n');
			}
		}
		for (String line : gotLines) {
			if (!wantLines.contains(line) && shown++ < 40) {
				sb.append("+ ").append(line, 0, Math.min(line.length(), 240)).append('\n');
			}
		}
		return sb.toString();
	}
}
