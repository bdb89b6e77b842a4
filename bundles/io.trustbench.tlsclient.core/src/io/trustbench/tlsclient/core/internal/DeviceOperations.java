package io.trustbench.tlsclient.core.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import io.trustbench.core.Hex;
import io.trustbench.core.TrafficLog;
import io.trustbench.secureelement.core.atca.Opcode;

/**
 * Counts the command packets a device received, read from its traffic (the {@code e:t(...)}
 * lines the kit client logs), so a report shows what really ran in the chip rather than what the
 * TLS code meant to ask for.
 */
public final class DeviceOperations implements AutoCloseable {

	private final String deviceId;
	private final Map<String, Integer> counts = new TreeMap<>();
	private final Consumer<TrafficLog.Entry> listener = this::observe;

	private DeviceOperations(String deviceId) {
		this.deviceId = deviceId;
	}

	/** Starts counting commands sent to {@code deviceId} from now on. */
	public static DeviceOperations watch(String deviceId) {
		DeviceOperations ops = new DeviceOperations(deviceId);
		TrafficLog.global().addListener(ops.listener);
		return ops;
	}

	private void observe(TrafficLog.Entry entry) {
		if (entry.channel() != TrafficLog.Channel.DEVICE_TX || !deviceId.equals(entry.source())) {
			return;
		}
		String opcode = opcodeName(entry.text());
		if (opcode != null) {
			synchronized (counts) {
				counts.merge(opcode, 1, Integer::sum);
			}
		}
	}

	/** Opcode name of an {@code e:t(<packet hex>)} line (packet: count, opcode, ...), else null. */
	public static String opcodeName(String line) {
		int open = line.indexOf('(');
		if (!line.startsWith("e:t") || open < 0 || line.length() < open + 5) {
			return null;
		}
		try {
			byte[] head = Hex.decode(line.substring(open + 1, open + 5));
			return Opcode.name(head[1] & 0xFF);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** Commands by opcode name (Sign, ECDH, Verify, GenKey, Nonce, Read...). */
	public Map<String, Integer> counts() {
		synchronized (counts) {
			return new TreeMap<>(counts);
		}
	}

	public int count(String opcodeName) {
		synchronized (counts) {
			return counts.getOrDefault(opcodeName, 0);
		}
	}

	@Override
	public void close() {
		TrafficLog.global().removeListener(listener);
	}
}
