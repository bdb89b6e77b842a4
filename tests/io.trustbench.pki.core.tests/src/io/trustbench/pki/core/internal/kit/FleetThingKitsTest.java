package io.trustbench.pki.core.internal.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.core.Hex;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.core.atcacert.FleetCertificateDefinitions;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.Zone;
import io.trustbench.secureelement.core.kit.KitClient;

/**
 * PREPARE THING over the kit protocol (the handler comes from plugin.xml) on emu-thing and on
 * fleet things: emu-thing keeps the seed's CN, each fleet thing's certificate is named by its chip.
 */
class FleetThingKitsTest {

	private static final String CODE = "3f1c0a7e9b2d4c6a8e0f1b3d5c7a9e1f3b5d7c9a1e3f5b7d9c1a3e5f7b9d1c3a";

	@TempDir
	Path workspace;

	@Test
	void fleetThingsGetSerialNumberCommonNamesAndEmuThingKeepsTheSeedTemplate() throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		List<String> fleet = devices.ensureEmulatedThings(3, null);
		try (KitClient root = devices.openKit("emu-root", null); KitClient signer = devices.openKit("emu-signer", null)) {
			byte[] rootKey = root.awsPublicKey(3);
			byte[] tbs = signer.expectOk("aws:i(" + CODE + "," + Hex.encodeUpper(rootKey) + ")").data();
			signer.expectOk("aws:ss(01," + Hex.encodeUpper(root.awsSign(3, tbs)) + ")");
			String signerPem = signer.awsCertificate(1).trim();
			CertificateModel signerCa = CertificateReader.read(signerPem.getBytes()).get(0);
			byte[] signerKey = signer.awsPublicKey(3);

			CertificateModel seedThing = prepare(devices, "emu-thing", signer, signerKey, signerPem);
			assertTrue(seedThing.subject().equals("CN=Example ATECC508A Device,O=Example Organization"), seedThing.subject());
			List<String> names = new ArrayList<>();
			for (String id : fleet) {
				CertificateModel device = prepare(devices, id, signer, signerKey, signerPem);
				device.toX509().verify(signerCa.toX509().getPublicKey());
				String serial = devices.info(id, null).serialHex();
				assertEquals("CN=sn" + serial + ",O=Example Organization", device.subject(), id);
				names.add(device.subject());
				try (SecureElement chip = devices.open(id, null)) {
					byte[] slot10 = chip.read(Zone.DATA, 10, 0, 72, null);
					assertEquals(FleetCertificateDefinitions.TEMPLATE_ID, (slot10[69] & 0xff) >>> 4, id);
				}
			}
			assertEquals(3, new HashSet<>(names).size(), "every fleet thing has its own CN: " + names);
		}
	}

	/** §1.7 steps 4–9; returns the certificate the thing rebuilds with g(03) from its slots. */
	private static CertificateModel prepare(DeviceManager devices, String id, KitClient signer, byte[] signerKey,
			String signerPem) throws Exception {
		try (KitClient thing = devices.openKit(id, null)) {
			byte[] tbs = thing.expectOk("aws:i(" + Hex.encodeUpper(signerKey) + ")").data();
			thing.expectOk("aws:ss(03," + Hex.encodeUpper(signer.awsSign(3, tbs)) + ")");
			String saved = thing.awsCertificatePem(3);
			thing.expectOk("aws:sc(01," + signerPem + ")");
			String rebuilt = thing.awsCertificatePem(3);
			assertEquals(saved, rebuilt, id + ": g(03) rebuilds the saved certificate byte for byte");
			return CertificateReader.read(rebuilt.getBytes()).get(0);
		}
	}
}
