package io.trustbench.secureelement.core.internal.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.UsageException;
import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.config.SlotPermissions;

/** Shared parts of the {@code device ...} commands: device lookup, option parsing, JSON output. */
abstract class DeviceCommand implements CliCommand {

	static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	@Override
	public final int run(CommandContext context) throws Exception {
		return execute(context, DeviceManager.forWorkspace(context.workspace()));
	}

	abstract int execute(CommandContext context, DeviceManager devices) throws Exception;

	static SecureElement open(DeviceManager devices, String id, CommandContext context) throws SecureElementException {
		return devices.open(id, context.monitor());
	}

	/** {@code --slot N} (required), checked against the chip's 16 slots. */
	static int slot(CommandContext context) {
		Integer slot = optionalSlot(context);
		if (slot == null) {
			throw new UsageException("missing --slot N");
		}
		return slot;
	}

	/** {@code --slot N} or null when absent (options are consumed once: read it only here). */
	static Integer optionalSlot(CommandContext context) {
		String value = context.args().option("--slot");
		if (value == null) {
			return null;
		}
		int slot;
		try {
			slot = Integer.decode(value.trim());
		} catch (NumberFormatException e) {
			throw new UsageException("--slot must be a number 0..15, not '" + value + "'");
		}
		try {
			SlotPermissions.slotSize(slot);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		return slot;
	}

	/** A hex option of an exact length (or any length when {@code length} is -1). */
	static byte[] hexOption(CommandContext context, String name, int length) {
		String value = context.args().requiredOption(name);
		return hex(name, value, length);
	}

	static byte[] hex(String name, String value, int length) {
		byte[] bytes;
		try {
			bytes = Hex.decode(value);
		} catch (IllegalArgumentException e) {
			throw new UsageException(name + ": " + e.getMessage());
		}
		if (length >= 0 && bytes.length != length) {
			throw new UsageException(name + " must be " + length + " bytes (" + 2 * length + " hex digits), not "
					+ bytes.length);
		}
		return bytes;
	}

	/** A public key given as X‖Y (64 bytes) or uncompressed point 04‖X‖Y (65 bytes). */
	static byte[] publicKeyOption(CommandContext context, String name) {
		return publicKey(name, context.args().requiredOption(name));
	}

	static byte[] publicKey(String name, String value) {
		byte[] key = hex(name, value, -1);
		if (key.length == 65 && key[0] == 0x04) {
			return java.util.Arrays.copyOfRange(key, 1, 65);
		}
		if (key.length != 64) {
			throw new UsageException(name + " must be X‖Y (64 bytes) or 04‖X‖Y (65 bytes), not " + key.length + " bytes");
		}
		return key;
	}

	static void printJson(CommandContext context, Object value) {
		context.out().println(GSON.toJson(value));
	}

	static Map<String, Object> map(Object... keyValues) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i + 1 < keyValues.length; i += 2) {
			m.put((String) keyValues[i], keyValues[i + 1]);
		}
		return m;
	}
}
