package io.trustbench.tlsclient.core.thing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;

/**
 * The thing's slot 8 as the seed's firmware lays it out (device-protocol.md §1.8): Wi-Fi SSID,
 * host (the AWS IoT endpoint, {@code host} or {@code host:port}), thing name, each with a
 * 4-byte little-endian length, and the signer certificate's authority key ID at offset 180.
 *
 * @param host      MQTT endpoint, empty when never written
 * @param thingName thing name / MQTT client id, empty when never written
 * @param ssid      Wi-Fi SSID (the simulator has no radio; shown only)
 * @param signerAuthorityKeyId 20 bytes at offset 180 (all zero when never written)
 */
public record ThingUserData(String host, String thingName, String ssid, byte[] signerAuthorityKeyId) {

	public static final int SLOT = 8;
	public static final int SIZE = 416;
	static final int SSID_LEN = 0;
	static final int SSID = 4;
	static final int HOST_LEN = 72;
	static final int HOST = 76;
	static final int THING_LEN = 140;
	static final int THING = 144;
	static final int AKI = 180;

	public static ThingUserData read(SecureElement thing, IProgressMonitor monitor) throws SecureElementException {
		return parse(thing.readSlot(SLOT, monitor));
	}

	/**
	 * Decodes slot 8. Lengths beyond their field (a chip never written, or garbage) are treated as
	 * absent rather than trusted; never throws for any input of any length.
	 */
	public static ThingUserData parse(byte[] slot) {
		byte[] s = slot.length >= SIZE ? slot : Arrays.copyOf(slot, SIZE);
		return new ThingUserData(text(s, HOST_LEN, HOST, 64), text(s, THING_LEN, THING, 32), text(s, SSID_LEN, SSID, 32),
				Arrays.copyOfRange(s, AKI, AKI + 20));
	}

	private static String text(byte[] s, int lengthAt, int at, int max) {
		long n = (s[lengthAt] & 0xFFL) | (s[lengthAt + 1] & 0xFFL) << 8 | (s[lengthAt + 2] & 0xFFL) << 16
				| (s[lengthAt + 3] & 0xFFL) << 24;
		if (n <= 0 || n > max) {
			return "";
		}
		String value = new String(s, at, (int) n, StandardCharsets.US_ASCII);
		return value.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? value : "";
	}

	/** The endpoint's host part. */
	public String endpointHost() {
		int colon = host.lastIndexOf(':');
		return colon > 0 ? host.substring(0, colon) : host;
	}

	/** The endpoint's port: given after a colon, else 8883 (seed §1.11). */
	public int endpointPort() {
		int colon = host.lastIndexOf(':');
		if (colon > 0) {
			try {
				int port = Integer.parseInt(host.substring(colon + 1));
				if (port > 0 && port <= 65535) {
					return port;
				}
			} catch (NumberFormatException e) {
				// fall through to the default
			}
		}
		return 8883;
	}

	public Optional<String> problem() {
		if (host.isEmpty()) {
			return Optional.of("slot 8 holds no endpoint (run PREPARE AWS THING / aws:sh first)");
		}
		if (thingName.isEmpty()) {
			return Optional.of("slot 8 holds no thing name (run PREPARE AWS THING / aws:sh first)");
		}
		return Optional.empty();
	}

	/** Slot-8 bytes for host and thing name (lengths and zero-padded fields), for provisioning tools and tests. */
	public static byte[][] hostAndThingFields(String host, String thingName) {
		byte[] h = host.getBytes(StandardCharsets.US_ASCII);
		byte[] t = thingName.getBytes(StandardCharsets.US_ASCII);
		if (h.length > 64 || t.length > 32) {
			throw new IllegalArgumentException("host is at most 64 and thing name at most 32 characters");
		}
		return new byte[][] { le32(h.length), Arrays.copyOf(h, 64), le32(t.length), Arrays.copyOf(t, 32) };
	}

	static byte[] le32(int v) {
		return new byte[] { (byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24) };
	}

	/** Writes host and thing name into slot 8 like {@code aws:sh} does. */
	public static void writeHostAndThing(SecureElement thing, String host, String thingName, IProgressMonitor monitor)
			throws SecureElementException {
		byte[][] f = hostAndThingFields(host, thingName);
		thing.writeSlot(SLOT, HOST_LEN, f[0], monitor);
		thing.writeSlot(SLOT, HOST, f[1], monitor);
		thing.writeSlot(SLOT, THING_LEN, f[2], monitor);
		thing.writeSlot(SLOT, THING, f[3], monitor);
	}
}
