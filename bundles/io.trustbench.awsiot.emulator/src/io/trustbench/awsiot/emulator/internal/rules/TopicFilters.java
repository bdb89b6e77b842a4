package io.trustbench.awsiot.emulator.internal.rules;

/** MQTT topic filter matching ({@code +} one level, {@code #} the rest). */
public final class TopicFilters {

	private TopicFilters() {
	}

	public static boolean matches(String filter, String topic) {
		String[] f = filter.split("/", -1);
		String[] t = topic.split("/", -1);
		for (int i = 0; i < f.length; i++) {
			if (f[i].equals("#")) {
				return !(i == 0 && topic.startsWith("$"));
			}
			if (i >= t.length) {
				return false;
			}
			if (f[i].equals("+")) {
				if (i == 0 && t[0].startsWith("$")) {
					return false;
				}
				continue;
			}
			if (!f[i].equals(t[i])) {
				return false;
			}
		}
		return f.length == t.length;
	}
}
