package io.trustbench.secureelement.core.kit;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.trustbench.core.Hex;
import io.trustbench.core.TrafficLog;
import io.trustbench.core.TrafficLog.Channel;
import io.trustbench.secureelement.core.SecureElementException;

/**
 * Host side of the kit protocol over one {@link KitConnection}: board commands, raw chip packets
 * ({@code e:t}) and the Secure Insight {@code aws:} commands. Every exchange is logged to
 * {@link TrafficLog#global()} as DEVICE_TX / DEVICE_RX lines (command text, reply text) like the
 * Insight GUI console; chip responses never contain private keys, so the log cannot either.
 */
public final class KitClient implements AutoCloseable {

	/** cryptoauthlib statuses a kit reports when the chip did not answer. */
	private static final int COMM_FAIL = 0xF0;
	private static final int GENERAL_FAIL = 0xE1;

	private final KitConnection connection;
	private final Duration timeout;
	private final String source;
	private final boolean logTraffic;

	public KitClient(KitConnection connection, Duration timeout) {
		this(connection, timeout, true);
	}

	/** @param logTraffic false only for a kit's firmware talking to its own chip (not host traffic) */
	public KitClient(KitConnection connection, Duration timeout, boolean logTraffic) {
		this.connection = connection;
		this.timeout = timeout;
		this.source = connection.endpoint().id();
		this.logTraffic = logTraffic;
	}

	public KitEndpoint endpoint() {
		return connection.endpoint();
	}

	/** Sends one line and parses the reply; any status is returned, transport trouble thrown. */
	public KitReply send(String line) throws SecureElementException {
		log(Channel.DEVICE_TX, line);
		String replyLine;
		try {
			replyLine = connection.transact(line, timeout);
		} catch (KitTimeoutException e) {
			log(Channel.ERROR, "no reply to " + abbreviate(line) + ": " + e.getMessage());
			throw new SecureElementException(source + ": no reply within " + timeout.toMillis() + " ms ("
					+ e.getMessage() + ")", e);
		} catch (IOException e) {
			log(Channel.ERROR, e.getMessage());
			throw new SecureElementException(source + ": " + e.getMessage(), e);
		}
		log(Channel.DEVICE_RX, KitReply.strip(replyLine));
		try {
			return KitReply.parse(replyLine);
		} catch (KitProtocolException e) {
			throw new SecureElementException(source + ": " + e.getMessage(), e);
		}
	}

	/** Sends one line and requires status 00. */
	public KitReply expectOk(String line) throws SecureElementException {
		KitReply reply = send(line);
		if (!reply.isOk()) {
			throw new SecureElementException(source + ": '" + abbreviate(line) + "' failed with kit status "
					+ String.format("%02X", reply.status()) + " (" + describeKitStatus(reply.status()) + ")");
		}
		return reply;
	}

	/** {@code b:f(00)}: kit name text and version bytes. */
	public KitReply firmware() throws SecureElementException {
		return expectOk("b:f(00)");
	}

	/** Firmware version as "major.minor.build" from {@code b:f(00)}'s three data bytes. */
	public static String versionText(KitReply firmware) {
		byte[] v = firmware.data();
		List<String> parts = new ArrayList<>();
		for (byte b : v) {
			parts.add(Integer.toString(b & 0xFF));
		}
		return String.join(".", parts);
	}

	/** {@code b:d(00)}: device type, interface and address of the first chip. */
	public KitReply device() throws SecureElementException {
		return expectOk("b:d(00)");
	}

	/**
	 * Sends a raw command packet with {@code e:t} and returns the raw response packet. Kits whose
	 * talk does not wake the chip itself answer a communication failure when it has fallen asleep
	 * (watchdog); then the chip is woken with {@code e:w} and the packet sent once more.
	 */
	public byte[] talk(byte[] packet) throws SecureElementException {
		String line = "e:t(" + Hex.encodeUpper(packet) + ")";
		KitReply reply = send(line);
		if (!reply.isOk() && (reply.status() == COMM_FAIL || reply.status() == GENERAL_FAIL)) {
			wake();
			reply = send(line);
		}
		if (!reply.isOk()) {
			throw new SecureElementException(source + ": chip packet failed with kit status "
					+ String.format("%02X", reply.status()) + " (" + describeKitStatus(reply.status()) + ")");
		}
		return reply.data();
	}

	public byte[] wake() throws SecureElementException {
		return expectOk("e:w()").data();
	}

	public void idle() throws SecureElementException {
		expectOk("e:i()");
	}

	public void sleep() throws SecureElementException {
		expectOk("e:s()");
	}

	/** {@code aws:p(NN)}: the kit's public key X‖Y for a slot. */
	public byte[] awsPublicKey(int slot) throws SecureElementException {
		return expectOk(String.format("aws:p(%02X)", slot)).data();
	}

	/** {@code aws:si(NN,<digest>)}: the kit signs a digest with a slot, R‖S. */
	public byte[] awsSign(int slot, byte[] digest32) throws SecureElementException {
		return expectOk(String.format("aws:si(%02X,%s)", slot, Hex.encodeUpper(digest32))).data();
	}

	/**
	 * A certificate the kit rebuilds, as PEM: the seed's thing answers {@code aws:g(03,00)} with
	 * plain PEM in one reply, the dongles send chunks ({@link #awsCertificate}).
	 */
	public String awsCertificatePem(int certId) throws SecureElementException {
		if (certId == 3) {
			String text = new String(expectOk("aws:g(03,00)").data(), java.nio.charset.StandardCharsets.US_ASCII);
			if (text.startsWith("-----BEGIN")) {
				return text.trim();
			}
		}
		return awsCertificate(certId).trim();
	}

	/**
	 * {@code aws:g(<id>,<n>)} until all chunks are in: the PEM text of certificate {@code id}
	 * (0 root, 1 signer, 2 verification, 3 device).
	 */
	public String awsCertificate(int certId) throws SecureElementException {
		List<byte[]> chunks = new ArrayList<>();
		int total = 1;
		for (int n = 0; n < total; n++) {
			byte[] data = expectOk(String.format("aws:g(%02X,%02d)", certId, n)).data();
			int index = AwsCertificateChunks.index(data);
			int count = AwsCertificateChunks.total(data);
			if (index != n || count < 1 || count > AwsCertificateChunks.MAX_CHUNKS) {
				throw new SecureElementException(source + ": certificate chunk " + n + " has a bad header");
			}
			total = count;
			chunks.add(data);
		}
		return AwsCertificateChunks.join(chunks);
	}

	@Override
	public void close() {
		connection.close();
	}

	public static String describeKitStatus(int status) {
		return switch (status) {
		case KitReply.UNKNOWN_COMMAND -> "unknown command";
		case KitReply.RX_OVERFLOW -> "command too long";
		case KitReply.TX_OVERFLOW -> "reply too long";
		case KitReply.INVALID_PARAMS -> "invalid parameters";
		case KitReply.INVALID_INTERFACE -> "invalid interface function";
		case KitReply.NO_DEVICE -> "no secure element on the kit";
		case 0xD1 -> "verify failed";
		case 0xD2 -> "chip parse error";
		case 0xD4 -> "chip CRC error";
		case 0xE1 -> "general failure";
		case 0xF0 -> "communication failure";
		case 0xF4 -> "chip execution error";
		default -> "kit error";
		};
	}

	private void log(Channel channel, String text) {
		if (logTraffic) {
			TrafficLog.global().log(channel, source, text);
		}
	}

	private static String abbreviate(String s) {
		return s.length() <= 48 ? s : s.substring(0, 48) + "…";
	}
}
