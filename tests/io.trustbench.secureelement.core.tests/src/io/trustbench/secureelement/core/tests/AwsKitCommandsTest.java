package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.emulator.EmulatorProfile;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKit;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;
import io.trustbench.secureelement.core.internal.emulator.SignerDongleProfile;
import io.trustbench.secureelement.core.kit.AwsCommandHandler;
import io.trustbench.secureelement.core.kit.KitClient;
import io.trustbench.secureelement.core.kit.KitReply;

/** The Secure Insight {@code aws:} commands of the emulated kits, through the host-side KitClient. */
class AwsKitCommandsTest extends EmulatedWorkspaceTest {

	@Test
	void thingPublicKeySignAndSlotEightLayout() throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		byte[] digest = MessageDigest.getInstance("SHA-256").digest("aws:si".getBytes());
		try (KitClient thing = devices.openKit("emu-thing", null)) {
			byte[] key = thing.awsPublicKey(0);
			assertTrue(JdkEc.verify(key, digest, thing.awsSign(0, digest)));
			assertEquals(KitReply.INVALID_PARAMS, thing.send("aws:p(03)").status(), "the thing signs with slot 0 only");
			assertEquals(KitReply.INVALID_PARAMS, thing.send("aws:si(00,ABCD)").status(), "digest must be 32 bytes");
			thing.expectOk("aws:sh(" + hex("a3adakhi3icyv9.iot.us-west-2.amazonaws.com") + "," + hex("thing-1") + ")");
			thing.expectOk("aws:sw(" + hex("lab-wifi") + "," + hex("secret-psk") + ")");
			byte[] root = thing.awsPublicKey(0).clone();
			thing.expectOk("aws:sr(" + Hex.encodeUpper(root) + ")");
			assertArrayEquals(root, thing.expectOk("aws:gr()").data());
			assertEquals(KitReply.INVALID_PARAMS, thing.send("aws:sh(" + "41".repeat(65) + ",00)").status(), "host > 64");
			assertEquals(KitReply.UNKNOWN_COMMAND, thing.send("aws:i(" + Hex.encodeUpper(root) + ")").status(),
					"aws:i needs the PKI bundle's handler");
			assertEquals(KitReply.UNKNOWN_COMMAND, thing.send("x:y()").status());
		}
		try (SecureElement chip = devices.open("emu-thing", null)) {
			byte[] slot8 = chip.readSlot(8, null);
			assertEquals(8, le32(slot8, 0));
			assertEquals("lab-wifi", text(slot8, 4, 8));
			assertEquals(10, le32(slot8, 36));
			assertEquals("secret-psk", text(slot8, 40, 10));
			assertEquals(42, le32(slot8, 72));
			assertEquals("a3adakhi3icyv9.iot.us-west-2.amazonaws.com", text(slot8, 76, 42));
			assertEquals(7, le32(slot8, 140));
			assertEquals("thing-1", text(slot8, 144, 7));
		}
	}

	@Test
	void dongleServesChunkedCertificatesFromAHandlerAndSignsWithSlotThree() throws Exception {
		String pem = "-----BEGIN CERTIFICATE-----\n" + "Q".repeat(64 * 11) + "\n-----END CERTIFICATE-----\n";
		AwsCommandHandler pki = (command, kit, monitor) -> {
			if (command.verb().equals("g") && kit.blob("cert.01.pem").isEmpty()) {
				kit.putBlob("cert.01.pem", pem.getBytes(StandardCharsets.US_ASCII));
			}
			if (command.verb().equals("i")) {
				// What the PKI handler does for aws:i: build a TBS, hash it on the kit's own chip.
				return KitReply.ok(kit.chip().sha256("tbs".getBytes(StandardCharsets.US_ASCII), monitor));
			}
			return null;
		};
		EmulatorProfile profile = new SignerDongleProfile();
		EmulatedKit signer = EmulatedKits.obtain(workspace, "emu-signer", "signer-dongle", profile, List.of(pki));
		KitClient client = new KitClient(new DirectConnection(signer), java.time.Duration.ofSeconds(2));
		assertEquals(pem, client.awsCertificate(1));
		assertEquals(KitReply.INVALID_PARAMS, client.send("aws:g(01,09)").status(), "no chunk 9");
		assertEquals(KitReply.INVALID_PARAMS, client.send("aws:g(00,00)").status(), "no root certificate stored");
		assertArrayEquals(MessageDigest.getInstance("SHA-256").digest("tbs".getBytes()),
				client.expectOk("aws:i(" + "00".repeat(32) + ")").data());
		byte[] digest = new byte[32];
		Arrays.fill(digest, (byte) 7);
		assertTrue(JdkEc.verify(client.awsPublicKey(3), digest, client.awsSign(3, digest)));
		EmulatedKits.forgetAll();
		EmulatedKit restarted = EmulatedKits.obtain(workspace, "emu-signer", "signer-dongle", profile, List.of());
		assertEquals(pem, new KitClient(new DirectConnection(restarted), java.time.Duration.ofSeconds(2)).awsCertificate(1),
				"certificate blobs persist with the kit");
	}

	@Test
	void rawPemCommandSurvivesHidFraming() throws Exception {
		String line = "aws:sc(01,-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----)";
		io.trustbench.secureelement.core.kit.HidFraming.Assembler assembler = new io.trustbench.secureelement.core.kit.HidFraming.Assembler();
		for (byte[] report : io.trustbench.secureelement.core.kit.HidFraming.reports(line)) {
			if (assembler.add(report, report.length)) {
				break;
			}
		}
		assertEquals(line, assembler.line());
	}

	private static String hex(String text) {
		return Hex.encodeUpper(text.getBytes(StandardCharsets.US_ASCII));
	}

	private static int le32(byte[] b, int at) {
		return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
	}

	private static String text(byte[] b, int at, int length) {
		return new String(b, at, length, StandardCharsets.US_ASCII);
	}

	/** A host connection straight to a kit object (no transport). */
	private static final class DirectConnection implements io.trustbench.secureelement.core.kit.KitConnection {
		private final EmulatedKit kit;

		DirectConnection(EmulatedKit kit) {
			this.kit = kit;
		}

		@Override
		public io.trustbench.secureelement.core.kit.KitEndpoint endpoint() {
			return new io.trustbench.secureelement.core.kit.KitEndpoint(kit.id(), "test", "", "", -1, -1, kit.kind());
		}

		@Override
		public String transact(String commandLine, java.time.Duration timeout) {
			return kit.handle(commandLine);
		}

		@Override
		public void close() {
			// nothing
		}
	}
}
