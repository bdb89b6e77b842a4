package io.trustbench.pki.core.internal.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.core.Hex;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.core.ChainVerifier;
import io.trustbench.pki.core.ca.CaCertificates;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.Zone;
import io.trustbench.secureelement.core.kit.AwsCommand;
import io.trustbench.secureelement.core.kit.AwsKitContext;
import io.trustbench.secureelement.core.kit.KitReply;

/** The GUI's REGISTER SIGNER and PREPARE THING sequences (§1.6, §1.7) against emulated chips. */
class AtcacertAwsCommandsTest {

	@TempDir
	Path workspace;

	/** Kit context over a real emulated chip, blobs in memory. */
	record Kit(String id, String kind, SecureElement chip, Map<String, byte[]> blobs) implements AwsKitContext {
		@Override
		public Optional<byte[]> blob(String name) {
			return Optional.ofNullable(blobs.get(name));
		}

		@Override
		public void putBlob(String name, byte[] content) {
			blobs.put(name, content.clone());
		}
	}

	@Test
	void registerSignerAndPrepareThing() throws Exception {
		AtcacertAwsCommands handler = new AtcacertAwsCommands();
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		try (SecureElement root = devices.open("emu-root", null); SecureElement signer = devices.open("emu-signer", null);
				SecureElement thing = devices.open("emu-thing", null)) {
			Kit signerKit = new Kit("emu-signer", "signer-dongle", signer, new HashMap<>());
			Kit thingKit = new Kit("emu-thing", "thing", thing, new HashMap<>());
			byte[] rootKey = root.publicKey(3, null);
			String code = "3f1c0a7e9b2d4c6a8e0f1b3d5c7a9e1f3b5d7c9a1e3f5b7d9c1a3e5f7b9d1c3a";

			KitReply tbs = handler.handle(new AwsCommand("i", code + "," + Hex.encodeUpper(rootKey)), signerKit, null);
			assertTrue(tbs.isOk(), tbs.format());
			assertEquals(32, tbs.data().length);
			byte[] rootSignature = root.sign(3, tbs.data(), null);
			assertEquals(KitReply.INVALID_PARAMS, handler.handle(new AwsCommand("ss", "02," + Hex.encode(rootSignature)),
					signerKit, null).status());
			assertEquals(KitReply.INVALID_PARAMS, handler.handle(new AwsCommand("ss", "01," + Hex.encode(new byte[64])),
					signerKit, null).status(), "a signature that does not verify is refused");
			assertTrue(handler.handle(new AwsCommand("ss", "01," + Hex.encode(rootSignature)), signerKit, null).isOk());

			CertificateModel signerCa = CertificateReader.read(signerKit.blobs().get("cert.01.pem")).get(0);
			CertificateModel verification = CertificateReader.read(signerKit.blobs().get("cert.02.pem")).get(0);
			assertEquals("CN=" + code, verification.subject());
			assertEquals(signerCa.subject(), verification.issuer());
			verification.toX509().verify(signerCa.toX509().getPublicKey());
			assertTrue(signerCa.subject().endsWith(String.format("Signer %04X,O=Example Organization",
					CaCertificates.signerIdFor(signer.publicKey(3, null)))), signerCa.subject());

			byte[] signerKey = signer.publicKey(3, null);
			KitReply deviceTbs = handler.handle(new AwsCommand("i", Hex.encode(signerKey)), thingKit, null);
			assertTrue(deviceTbs.isOk(), deviceTbs.format());
			byte[] signerSignature = signer.sign(3, deviceTbs.data(), null);
			assertTrue(handler.handle(new AwsCommand("ss", "03," + Hex.encode(signerSignature)), thingKit, null).isOk());
			byte[] saved = thingKit.blobs().get("cert.03.pem");
			CertificateModel device = CertificateReader.read(saved).get(0);
			String signerPem = new String(signerKit.blobs().get("cert.01.pem"), StandardCharsets.US_ASCII);
			assertTrue(handler.handle(new AwsCommand("sc", "01," + signerPem), thingKit, null).isOk());
			assertArrayEquals(Hex.decode(signerCa.extension("2.5.29.35").orElseThrow().text()),
					thing.read(Zone.DATA, 8, 180, 20, null));

			// g(03) rebuilds the certificate from slots 10 and 11 and the slot-0 key: byte-identical
			assertNull(handler.handle(new AwsCommand("g", "03,00"), thingKit, null));
			assertArrayEquals(saved, thingKit.blobs().get("cert.03.pem"));

			// the root dongle's own certificate (g(00)) anchors the chain the thing will present
			Kit rootKit = new Kit("emu-root", "root-dongle", root, new HashMap<>());
			assertNull(handler.handle(new AwsCommand("g", "00,00"), rootKit, null));
			CertificateModel rootCa = CertificateReader.read(rootKit.blobs().get("cert.00.pem")).get(0);
			assertEquals(rootCa.subject(), signerCa.issuer());
			assertNull(handler.handle(new AwsCommand("g", "00,01"), rootKit, null));
			assertArrayEquals(rootCa.encoded(), CertificateReader.read(rootKit.blobs().get("cert.00.pem")).get(0)
					.encoded(), "created once");
			assertTrue(ChainVerifier.verify(List.of(rootCa), device, List.of(signerCa), Instant.now()).isValid());
		}
	}
}
