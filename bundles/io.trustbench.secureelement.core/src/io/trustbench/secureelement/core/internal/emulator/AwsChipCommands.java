package io.trustbench.secureelement.core.internal.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.trustbench.core.TrafficLog;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.kit.AwsCertificateChunks;
import io.trustbench.secureelement.core.kit.AwsCommand;
import io.trustbench.secureelement.core.kit.AwsKitContext;
import io.trustbench.secureelement.core.kit.KitReply;

/**
 * The {@code aws:} commands that need only the chip (device-protocol.md §1.4, §1.5): {@code p},
 * {@code si}, {@code gr}, {@code sr}, {@code sh}, {@code sw} and {@code g} of PEM blobs stored in
 * the kit's flash. {@code i}, {@code ss}, {@code sc} need the atcacert codec and come from an
 * {@link io.trustbench.secureelement.core.kit.AwsCommandHandler} of the PKI bundle.
 */
final class AwsChipCommands {

	static final int THING_KEY_SLOT = 0;
	static final int DONGLE_SIGNING_SLOT = 3;
	static final int DONGLE_VERIFICATION_SLOT = 0;
	static final int USER_DATA_SLOT = 8;
	static final int ROOT_KEY_SLOT = 14;

	/** Slot-8 user-data layout of the thing (lengths are 4-byte little-endian). */
	static final int SSID_LEN = 0;
	static final int SSID = 4;
	static final int PSK_LEN = 36;
	static final int PSK = 40;
	static final int HOST_LEN = 72;
	static final int HOST = 76;
	static final int THING_LEN = 140;
	static final int THING = 144;

	KitReply handle(AwsCommand command, AwsKitContext kit) throws SecureElementException {
		boolean thing = "thing".equals(kit.kind());
		return switch (command.verb()) {
		case "p" -> publicKey(command, kit, thing);
		case "si" -> sign(command, kit, thing);
		case "g" -> certificate(command, kit, thing);
		case "gr" -> thing ? rootKey(kit.chip()) : unknown(kit, command);
		case "sr" -> thing ? saveRootKey(command, kit.chip()) : unknown(kit, command);
		case "sh" -> thing ? saveStrings(command, kit.chip(), HOST_LEN, HOST, 64, THING_LEN, THING, 32) : unknown(kit, command);
		case "sw" -> thing ? saveStrings(command, kit.chip(), SSID_LEN, SSID, 32, PSK_LEN, PSK, 32) : unknown(kit, command);
		default -> unknown(kit, command);
		};
	}

	private static KitReply unknown(AwsKitContext kit, AwsCommand command) {
		TrafficLog.global().log(TrafficLog.Channel.INFO, kit.id(), "aws:" + command.verb()
				+ " is not implemented by this emulated kit (aws:i/ss/sc need the PKI bundle's atcacert handler)");
		return KitReply.status(KitReply.UNKNOWN_COMMAND);
	}

	private static boolean allowedSlot(int slot, boolean thing) {
		return thing ? slot == THING_KEY_SLOT : slot == DONGLE_SIGNING_SLOT || slot == DONGLE_VERIFICATION_SLOT;
	}

	private static KitReply publicKey(AwsCommand c, AwsKitContext kit, boolean thing) throws SecureElementException {
		byte[] slot = c.hexArgument(0);
		if (c.argumentCount() != 1 || slot.length != 1 || !allowedSlot(slot[0], thing)) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		return KitReply.ok(kit.chip().publicKey(slot[0], null));
	}

	private static KitReply sign(AwsCommand c, AwsKitContext kit, boolean thing) throws SecureElementException {
		if (c.argumentCount() != 2) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		byte[] slot = c.hexArgument(0);
		byte[] digest = c.hexArgument(1);
		if (slot.length != 1 || !allowedSlot(slot[0], thing) || digest.length != 32) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		return KitReply.ok(kit.chip().sign(slot[0], digest, null));
	}

	/** Thing: {@code g(03)} in one reply. Dongles: {@code g(<id>,<n>)} chunk n of cert id. */
	private static KitReply certificate(AwsCommand c, AwsKitContext kit, boolean thing) {
		byte[] id = c.hexArgument(0);
		if (id.length != 1) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		if (thing && id[0] != 3) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		Optional<byte[]> pem = kit.blob(blobName(id[0]));
		if (pem.isEmpty()) {
			TrafficLog.global().log(TrafficLog.Channel.INFO, kit.id(), "no certificate " + id[0]
					+ " stored in the emulated kit yet");
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		if (thing) {
			return KitReply.ok(pem.get());
		}
		byte[] index = c.argumentCount() > 1 ? c.hexArgument(1) : new byte[] { 0 };
		String text = new String(pem.get(), StandardCharsets.US_ASCII);
		if (index.length != 1 || index[0] < 0 || index[0] >= AwsCertificateChunks.count(text)) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		return KitReply.ok(AwsCertificateChunks.chunk(text, index[0]));
	}

	/** Name of the flash blob holding certificate {@code id} (0 root, 1 signer, 2 verification, 3 device). */
	static String blobName(int id) {
		return String.format("cert.%02X.pem", id);
	}

	private static KitReply rootKey(SecureElement chip) throws SecureElementException {
		return KitReply.ok(chip.publicKey(ROOT_KEY_SLOT, null));
	}

	private static KitReply saveRootKey(AwsCommand c, SecureElement chip) throws SecureElementException {
		byte[] key = c.hexArgument(0);
		if (c.argumentCount() != 1 || key.length != 64) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		byte[] padded = new byte[72];
		System.arraycopy(key, 0, padded, 4, 32);
		System.arraycopy(key, 32, padded, 40, 32);
		chip.writeSlot(ROOT_KEY_SLOT, 0, padded, null);
		return KitReply.ok(null);
	}

	/** Two strings with their 4-byte LE lengths into slot 8, zero-padded to their fields. */
	private static KitReply saveStrings(AwsCommand c, SecureElement chip, int len1At, int text1At, int max1, int len2At,
			int text2At, int max2) throws SecureElementException {
		if (c.argumentCount() != 2) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		byte[] first = c.hexArgument(0);
		byte[] second = c.hexArgument(1);
		if (first.length > max1 || second.length > max2) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		chip.writeSlot(USER_DATA_SLOT, len1At, le32(first.length), null);
		chip.writeSlot(USER_DATA_SLOT, text1At, padded(first, max1), null);
		chip.writeSlot(USER_DATA_SLOT, len2At, le32(second.length), null);
		chip.writeSlot(USER_DATA_SLOT, text2At, padded(second, max2), null);
		return KitReply.ok(null);
	}

	private static byte[] le32(int v) {
		return new byte[] { (byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24) };
	}

	private static byte[] padded(byte[] value, int size) {
		byte[] out = new byte[size];
		System.arraycopy(value, 0, out, 0, value.length);
		return out;
	}
}
