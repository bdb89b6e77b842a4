package io.trustbench.secureelement.core.internal.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.trustbench.core.Hex;
import io.trustbench.core.TrafficLog;
import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.atca.KitSecureElement;
import io.trustbench.secureelement.core.emulator.EmulatorProfile;
import io.trustbench.secureelement.core.kit.AwsCommand;
import io.trustbench.secureelement.core.kit.AwsCommandHandler;
import io.trustbench.secureelement.core.kit.AwsKitContext;
import io.trustbench.secureelement.core.kit.KitClient;
import io.trustbench.secureelement.core.kit.KitCommand;
import io.trustbench.secureelement.core.kit.KitConnection;
import io.trustbench.secureelement.core.kit.KitEndpoint;
import io.trustbench.secureelement.core.kit.KitProtocolException;
import io.trustbench.secureelement.core.kit.KitReply;

/**
 * The firmware of an emulated kit: answers kit-protocol lines ({@code b:}, {@code e:}/{@code s:},
 * {@code aws:}) for one emulated ATECC508A, like the thing's {@code aws_prov_task.c} and the
 * CK590 dongle parser. {@link #handle} never throws and never hangs, whatever the input.
 */
public final class EmulatedKit {

	private static final byte[] WAKE_RESPONSE = Hex.decode("04113343");

	private final String id;
	private final String kind;
	private final EmulatorProfile profile;
	private final KitStateStore store;
	private final ChipState chipState;
	private final Map<String, byte[]> blobs;
	private final Map<String, String> settings;
	private final Atecc508a chip;
	private final List<AwsCommandHandler> handlers;
	private final AwsChipCommands builtinAws = new AwsChipCommands();
	private byte[] pendingResponse = new byte[0];
	private boolean savesDeferred;
	private boolean unsaved;

	EmulatedKit(String id, String kind, EmulatorProfile profile, KitStateStore store,
			KitStateStore.KitState state, List<AwsCommandHandler> handlers) {
		this.id = id;
		this.kind = kind;
		this.profile = profile;
		this.store = store;
		this.chipState = state.chip();
		this.blobs = new TreeMap<>(state.blobs());
		this.settings = state.settings();
		this.handlers = List.copyOf(handlers);
		this.chip = new Atecc508a(chipState, new SecureRandom(), s -> persist());
		this.chip.setDiagnostics(reason -> TrafficLog.global().log(TrafficLog.Channel.INFO, id, "chip: " + reason));
	}

	public String id() {
		return id;
	}

	public String kind() {
		return kind;
	}

	public EmulatorProfile profile() {
		return profile;
	}

	/** Settings the kit was created with (see {@link AwsKitContext#setting}). */
	public Map<String, String> settings() {
		return settings;
	}

	KitStateStore store() {
		return store;
	}

	/** The chip as the kit firmware sees it (packets without host traffic logging). */
	public SecureElement firmwareChip() {
		return new Context().chip();
	}

	public void setTiming(boolean timing) {
		chip.setTiming(timing);
	}

	/** Answers one command line (without newline) with one reply line (without newline). */
	public synchronized String handle(String line) {
		KitCommand command;
		try {
			command = KitCommand.parse(line);
		} catch (KitProtocolException e) {
			return KitReply.status(KitReply.UNKNOWN_COMMAND).format();
		}
		try {
			return switch (command.target()) {
			case "b", "board" -> board(command).format();
			case "e", "s", "ecc", "sha" -> device(command).format();
			case "aws" -> aws(command).format();
			default -> KitReply.status(KitReply.UNKNOWN_COMMAND).format();
			};
		} catch (IllegalArgumentException e) {
			return KitReply.status(KitReply.INVALID_PARAMS).format();
		} catch (RuntimeException e) {
			TrafficLog.global().log(TrafficLog.Channel.ERROR, id, "emulated kit failed on " + command.target() + ": " + e);
			return KitReply.status(0xE1).format();
		}
	}

	private KitReply board(KitCommand c) {
		if (c.fieldMatches(1, "firmware")) {
			return switch (c.data().trim()) {
			case "00" -> new KitReply(profile.kitName(), KitReply.OK, profile.firmwareVersion());
			case "01" -> new KitReply("SHA204", KitReply.OK, new byte[] { 1, 0, 0 });
			case "02" -> new KitReply("AES132", KitReply.OK, new byte[] { 1, 0, 0 });
			case "03" -> new KitReply("ECC108", KitReply.OK, new byte[] { 1, 0, 0 });
			default -> KitReply.status(KitReply.INVALID_PARAMS);
			};
		}
		if (c.fieldMatches(1, "device")) {
			return c.data().trim().equals("00") ? new KitReply(profile.deviceText(), KitReply.OK, new byte[] { (byte) 0xC0 })
					: new KitReply("no_device", KitReply.NO_DEVICE, null);
		}
		return KitReply.status(KitReply.UNKNOWN_COMMAND);
	}

	private KitReply device(KitCommand c) {
		String verb = c.field(1);
		if (c.fieldMatches(1, "talk")) {
			return KitReply.ok(talk(Hex.decode(c.data())));
		}
		if (c.fieldMatches(1, "wake")) {
			return KitReply.ok(WAKE_RESPONSE);
		}
		if (c.fieldMatches(1, "idle")) {
			return KitReply.ok(null);
		}
		if (c.fieldMatches(1, "sleep")) {
			chip.sleep();
			return KitReply.ok(null);
		}
		if (verb.equals("a")) {
			return KitReply.ok(null);
		}
		if (c.fieldMatches(1, "physical")) {
			return physical(c);
		}
		return KitReply.status(KitReply.UNKNOWN_COMMAND);
	}

	/** {@code e:p:w}, {@code e:p:c(pkt)}, {@code e:p:r(size)}, {@code e:p:s}: split send/receive. */
	private KitReply physical(KitCommand c) {
		String sub = c.field(2);
		if (sub.startsWith("w")) {
			return KitReply.ok(WAKE_RESPONSE);
		}
		if (sub.startsWith("c")) {
			pendingResponse = talk(Hex.decode(c.data()));
			return KitReply.ok(null);
		}
		if (sub.startsWith("r")) {
			byte[] out = pendingResponse;
			pendingResponse = new byte[0];
			return KitReply.ok(out);
		}
		if (sub.startsWith("s") || sub.startsWith("i")) {
			return KitReply.ok(null);
		}
		return KitReply.status(KitReply.UNKNOWN_COMMAND);
	}

	private byte[] talk(byte[] packet) {
		if (packet.length == 0) {
			throw new IllegalArgumentException("empty packet");
		}
		return chip.execute(packet);
	}

	private KitReply aws(KitCommand c) {
		AwsCommand command = AwsCommand.from(c);
		Context context = new Context();
		try {
			for (AwsCommandHandler handler : handlers) {
				KitReply reply = handler.handle(command, context, null);
				if (reply != null) {
					return reply;
				}
			}
			return builtinAws.handle(command, context);
		} catch (SecureElementException e) {
			TrafficLog.global().log(TrafficLog.Channel.INFO, id, command.verb() + ": " + e.getMessage());
			return KitReply.status(libraryStatus(e.chipStatus()));
		}
	}

	/** Chip status byte → the 2016 cryptoauthlib status the thing firmware reports. */
	static int libraryStatus(int chipStatus) {
		return switch (chipStatus) {
		case 0x01 -> 0xD1;
		case 0x03 -> 0xD2;
		case 0x05 -> 0xD6;
		case 0x0F -> 0xF4;
		case 0xFF -> 0xD4;
		default -> 0xE1;
		};
	}

	/** The kit's view for aws: handlers; its chip talks to this kit's chip without host logging. */
	private final class Context implements AwsKitContext {
		private KitSecureElement inner;

		@Override
		public String id() {
			return id;
		}

		@Override
		public String kind() {
			return kind;
		}

		@Override
		public SecureElement chip() {
			if (inner == null) {
				inner = new KitSecureElement(new DeviceDescriptor(id, kind, "firmware", profile.kitName(), ""),
						new KitClient(new FirmwareConnection(), Duration.ofSeconds(5), false));
			}
			return inner;
		}

		@Override
		public Optional<byte[]> blob(String name) {
			return Optional.ofNullable(blobs.get(name)).map(byte[]::clone);
		}

		@Override
		public void putBlob(String name, byte[] content) {
			blobs.put(name, content.clone());
			persist();
		}

		@Override
		public Optional<String> setting(String name) {
			return Optional.ofNullable(settings.get(name));
		}
	}

	/** The kit firmware's own line to its chip: only device commands, no aws: recursion. */
	private final class FirmwareConnection implements KitConnection {
		private final KitEndpoint endpoint = new KitEndpoint(id + "/chip", "firmware", profile.kitName(), "", -1, -1,
				kind);

		@Override
		public KitEndpoint endpoint() {
			return endpoint;
		}

		@Override
		public String transact(String commandLine, Duration timeout) {
			try {
				KitCommand c = KitCommand.parse(commandLine);
				if (c.target().equals("aws")) {
					return KitReply.status(KitReply.UNKNOWN_COMMAND).format();
				}
			} catch (KitProtocolException e) {
				return KitReply.status(KitReply.UNKNOWN_COMMAND).format();
			}
			return handle(commandLine);
		}

		@Override
		public void close() {
			// in-process
		}
	}

	/**
	 * While a new kit is provisioned, its state file is written once at the end instead of after
	 * every command (about 25 synced writes per kit; a failed provisioning deletes the file anyway).
	 */
	synchronized void deferSaves(boolean defer) {
		savesDeferred = defer;
		if (!defer && (unsaved || !store.exists())) {
			persist();
		}
	}

	/** Writes the state file; a failure surfaces as a chip execution error (the write did not stick). */
	private void persist() {
		if (savesDeferred) {
			unsaved = true;
			return;
		}
		unsaved = false;
		try {
			store.save(new KitStateStore.KitState(kind, chipState, blobs, settings));
		} catch (IOException e) {
			TrafficLog.global().log(TrafficLog.Channel.ERROR, id, "cannot save " + store.file() + ": " + e.getMessage());
			throw new UncheckedIOException(e);
		}
	}

	/** Text of a blob, for tests and tools. */
	String blobText(String name) {
		byte[] b = blobs.get(name);
		return b == null ? null : new String(b, StandardCharsets.US_ASCII);
	}
}
