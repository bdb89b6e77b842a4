package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.atca.AtcaCommands;
import io.trustbench.secureelement.core.atca.CommandPacket;
import io.trustbench.secureelement.core.atca.Crc16;
import io.trustbench.secureelement.core.atca.PacketException;
import io.trustbench.secureelement.core.atca.ResponsePacket;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKit;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;
import io.trustbench.secureelement.core.internal.transport.EmulatorKitTransport;
import io.trustbench.secureelement.core.kit.AwsCommand;
import io.trustbench.secureelement.core.kit.HidFraming;
import io.trustbench.secureelement.core.kit.KitCommand;
import io.trustbench.secureelement.core.kit.KitProtocolException;
import io.trustbench.secureelement.core.kit.KitReply;

/**
 * Random and mutated input (fixed seeds) into every parser of this bundle: kit lines, HID
 * framing, chip packets and the emulated kit/chip that execute them. Nothing may escape but the
 * parsers' own checked exceptions, every emulator answer must be well-formed, nothing may hang.
 */
class ParserFuzzTest {

	private static final long SEED = 0x5EC0_2026L;

	@TempDir
	Path workspace;

	@AfterEach
	void forget() {
		EmulatedKits.forgetAll();
	}

	private static final List<String> VALID_LINES = List.of("b:f(00)", "b:d(00)", "board:firmware(01)", "e:w()",
			"e:i()", "e:s()", "e:t(" + Hex.encodeUpper(AtcaCommands.info(0).encode()) + ")",
			"e:t(" + Hex.encodeUpper(AtcaCommands.random().encode()) + ")",
			"e:t(" + Hex.encodeUpper(AtcaCommands.genKey(0, 0).encode()) + ")",
			"e:p:c(" + Hex.encodeUpper(AtcaCommands.info(0).encode()) + ")", "e:p:r(07)", "aws:p(00)", "aws:p(03)",
			"aws:si(00," + "11".repeat(32) + ")", "aws:si(03," + "22".repeat(32) + ")", "aws:g(03)", "aws:g(01,00)",
			"aws:gr()", "aws:sr(" + "33".repeat(64) + ")", "aws:sh(686f7374,7468696e67)", "aws:sw(73736964,70736b)",
			"aws:i(" + "44".repeat(64) + ")", "aws:ss(03," + "55".repeat(64) + ")",
			"aws:sc(01,-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----)", "lib:s:t(0730000000035D)");

	static String mutate(String line, Random random) {
		StringBuilder b = new StringBuilder(line);
		int edits = 1 + random.nextInt(4);
		for (int i = 0; i < edits; i++) {
			int at = b.length() == 0 ? 0 : random.nextInt(b.length());
			switch (random.nextInt(6)) {
			case 0 -> b.insert(at, (char) random.nextInt(128));
			case 1 -> {
				if (b.length() > 0) {
					b.deleteCharAt(at);
				}
			}
			case 2 -> {
				if (b.length() > 0) {
					b.setCharAt(at, "0123456789ABCDEFabcdef(),:xg".charAt(random.nextInt(28)));
				}
			}
			case 3 -> b.setLength(at);
			case 4 -> b.insert(at, b.substring(at, Math.min(b.length(), at + random.nextInt(40))));
			default -> b.insert(at, "(),:".charAt(random.nextInt(4)));
			}
		}
		return b.toString();
	}

	static String randomLine(Random random) {
		int length = random.nextInt(200);
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < length; i++) {
			b.append(random.nextInt(4) == 0 ? (char) random.nextInt(256) : "be:aws(),0123456789ABCDEF\n".charAt(random.nextInt(26)));
		}
		return b.toString();
	}

	@Test
	void kitLineParsersOnlyThrowTheirOwnException() {
		assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
			Random random = new Random(SEED);
			int parsed = 0;
			for (int i = 0; i < 20_000; i++) {
				String line = i % 2 == 0 ? randomLine(random) : mutate(VALID_LINES.get(random.nextInt(VALID_LINES.size())), random);
				try {
					KitCommand command = KitCommand.parse(line);
					parsed++;
					AwsCommand aws = AwsCommand.from(command);
					for (int a = 0; a < aws.argumentCount(); a++) {
						try {
							aws.hexArgument(a);
						} catch (IllegalArgumentException expected) {
							// not hex: the kit answers C3
						}
					}
				} catch (KitProtocolException expected) {
					// rejected line
				}
				try {
					KitReply.parse(line);
				} catch (KitProtocolException expected) {
					// rejected reply
				}
			}
			assertTrue(parsed > 4_000, "the mutations still reach the parser: " + parsed);
		});
	}

	@Test
	void hidAssemblerAndPacketDecodersSurviveRandomBytes() {
		assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
			Random random = new Random(SEED + 1);
			for (int i = 0; i < 20_000; i++) {
				byte[] bytes = new byte[random.nextInt(200)];
				random.nextBytes(bytes);
				if (i % 3 == 0 && bytes.length >= 3) {
					bytes[0] = (byte) bytes.length;
					System.arraycopy(Crc16.bytes(bytes, 0, bytes.length - 2), 0, bytes, bytes.length - 2, 2);
				}
				try {
					CommandPacket.decode(bytes);
				} catch (PacketException expected) {
					assertTrue(expected.status() == 0x03 || expected.status() == 0xFF);
				}
				try {
					ResponsePacket.decode(bytes);
				} catch (PacketException expected) {
					assertEquals(0xFF, expected.status());
				}
				HidFraming.Assembler assembler = new HidFraming.Assembler();
				try {
					for (int r = 0; r < 3 && !assembler.complete(); r++) {
						assembler.add(bytes, Math.min(bytes.length, 64));
					}
				} catch (KitProtocolException expected) {
					// overlong
				}
			}
		});
	}

	@Test
	void emulatedChipAnswersEveryPacketWithAWellFormedResponse() {
		assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
			Random random = new Random(SEED + 2);
			ChipBench bench = new ChipBench();
			bench.lockConfig();
			List<byte[]> valid = List.of(AtcaCommands.info(0).encode(), AtcaCommands.random().encode(),
					AtcaCommands.genKey(0, 0).encode(), AtcaCommands.noncePassThrough(new byte[32]).encode(),
					AtcaCommands.signExternal(0).encode(), AtcaCommands.read(io.trustbench.secureelement.core.Zone.CONFIG, 0, true).encode(),
					AtcaCommands.verifyExternal(new byte[64], new byte[64]).encode(), AtcaCommands.ecdh(2, new byte[64]).encode(),
					AtcaCommands.sha(0, new byte[0]).encode(), AtcaCommands.lock(0x82, 0).encode());
			for (int i = 0; i < 8_000; i++) {
				byte[] packet;
				if (i % 4 == 0) {
					packet = new byte[random.nextInt(160)];
					random.nextBytes(packet);
				} else {
					packet = valid.get(random.nextInt(valid.size())).clone();
					int flips = 1 + random.nextInt(3);
					for (int f = 0; f < flips; f++) {
						packet[1 + random.nextInt(packet.length - 3)] = (byte) random.nextInt(256);
					}
					if (random.nextBoolean()) {
						System.arraycopy(Crc16.bytes(packet, 0, packet.length - 2), 0, packet, packet.length - 2, 2);
					}
				}
				ResponsePacket response = bench.execRaw(packet);
				int status = response.status();
				assertTrue(!response.isStatusOnly() || List.of(0x00, 0x01, 0x03, 0x05, 0x0F, 0xFF).contains(status),
						"status " + status);
			}
			assertTrue(bench.refusals.stream().noneMatch(r -> r.contains("internal error")), "emulator bug: "
					+ bench.refusals.stream().filter(r -> r.contains("internal error")).findFirst().orElse(""));
		});
	}

	@Test
	void serialKitServerAnswersEveryLineOfARandomStream() throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		EmulatedKit thing = new EmulatorKitTransport().kit(devices.context(), "emu-thing");
		Random random = new Random(SEED + 4);
		java.io.ByteArrayOutputStream input = new java.io.ByteArrayOutputStream();
		int lines = 0;
		for (int i = 0; i < 400; i++) {
			String line = i % 2 == 0 ? randomLine(random) : mutate(VALID_LINES.get(random.nextInt(VALID_LINES.size())), random);
			input.writeBytes(line.replace("\n", "").getBytes(StandardCharsets.ISO_8859_1));
			input.write('\n');
			lines++;
		}
		input.writeBytes("b:f(00)\n".getBytes(StandardCharsets.US_ASCII));
		java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
		try (io.trustbench.secureelement.core.internal.emulator.KitLineServer server = new io.trustbench.secureelement.core.internal.emulator.KitLineServer(
				thing, new java.io.ByteArrayInputStream(input.toByteArray()), output).start()) {
			assertTrue(server.awaitEnd(Duration.ofSeconds(120)), "the server ends with its input");
		}
		String[] replies = output.toString(StandardCharsets.ISO_8859_1).split("\n");
		assertTrue(replies.length >= 1 && replies.length <= lines + 1, replies.length + " replies");
		for (String reply : replies) {
			KitReply.parse(reply);
		}
		assertTrue(replies[replies.length - 1].startsWith("ATSAMG55 00("), "the last command is answered: "
				+ replies[replies.length - 1]);
	}

	@Test
	void emulatedKitsAnswerEveryLine() {
		assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
			DeviceManager devices = DeviceManager.forWorkspace(workspace);
			EmulatorKitTransport transport = new EmulatorKitTransport();
			EmulatedKit thing = transport.kit(devices.context(), "emu-thing");
			EmulatedKit signer = transport.kit(devices.context(), "emu-signer");
			Random random = new Random(SEED + 3);
			int ok = 0;
			for (int i = 0; i < 1_500; i++) {
				String line = i % 3 == 0 ? randomLine(random) : mutate(VALID_LINES.get(random.nextInt(VALID_LINES.size())), random);
				EmulatedKit kit = i % 2 == 0 ? thing : signer;
				String reply = kit.handle(line);
				KitReply parsed = KitReply.parse(reply);
				assertTrue(parsed.status() != 0xE1, "kit internal failure on " + line.getBytes(StandardCharsets.ISO_8859_1).length
						+ "-byte line: " + Hex.encode(line.getBytes(StandardCharsets.ISO_8859_1)));
				if (parsed.isOk()) {
					ok++;
				}
			}
			assertTrue(ok > 20, "some mutated lines still succeed: " + ok);
			assertTrue(KitReply.parse(thing.handle("b:f(00)")).isOk(), "the kit still works afterwards");
		});
	}
}
