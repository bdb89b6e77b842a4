package io.trustbench.pki.core.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.core.ChainVerifier;
import io.trustbench.pki.core.TestKeys;
import io.trustbench.pki.core.atcacert.AsiCertificateDefinitions;
import io.trustbench.pki.core.atcacert.CertificateRebuilder;
import io.trustbench.pki.core.atcacert.CompressedCertificate;
import io.trustbench.pki.core.atcacert.DeviceData;

class PkiInitializerTest {

	private static final Instant NOW = Instant.parse("2026-11-27T08:17:42Z");

	@TempDir
	Path workspace;

	private final SoftwareCaDevice root = new SoftwareCaDevice("emu-root", 11);
	private final SoftwareCaDevice signer = new SoftwareCaDevice("emu-signer", 12);

	@Test
	void createsAChainWithCaExtensionsAndStoresItCompressed() throws Exception {
		PkiLayout layout = new PkiLayout(workspace);
		PkiReport report = new PkiInitializer(layout).run(root, signer, NOW, new NullProgressMonitor());
		assertTrue(report.createdAnything());

		CertificateModel rootCa = CertificateReader.read(layout.rootCa()).get(0);
		CertificateModel signerCa = CertificateReader.read(layout.signerCa()).get(0);
		assertEquals("CN=Example ATECC508A Root CA,O=Example Organization", rootCa.subject());
		assertEquals(rootCa.subject(), rootCa.issuer());
		assertEquals(rootCa.subject(), signerCa.issuer());
		assertTrue(signerCa.subject().startsWith("CN=Example ATECC508A Signer "), signerCa.subject());
		assertEquals("CA:TRUE, pathlen:1", rootCa.extension("2.5.29.19").orElseThrow().text());
		assertTrue(rootCa.extension("2.5.29.19").orElseThrow().critical());
		assertEquals("Digital Signature, Certificate Sign, CRL Sign", rootCa.extension("2.5.29.15").orElseThrow().text());
		assertEquals("CA:TRUE, pathlen:0", signerCa.extension("2.5.29.19").orElseThrow().text());
		assertEquals("Digital Signature, Certificate Sign", signerCa.extension("2.5.29.15").orElseThrow().text());
		// the signer's AKI is the root's SKI
		assertEquals(rootCa.extension("2.5.29.14").orElseThrow().text(),
				signerCa.extension("2.5.29.35").orElseThrow().text());
		assertEquals(Instant.parse("2026-11-27T08:00:00Z"), signerCa.notBefore());
		assertTrue(ChainVerifier.verify(List.of(rootCa), signerCa, List.of(), NOW).isValid());
		rootCa.toX509().verify(rootCa.toX509().getPublicKey());
		signerCa.toX509().verify(rootCa.toX509().getPublicKey());

		// compressed on the devices: the signer certificate rebuilds from slot 12 + keys, byte for byte
		byte[] compressed = signer.slots.get(PkiLayout.SIGNER_CERT_SLOT);
		byte[] rebuilt = CertificateRebuilder.rebuild(AsiCertificateDefinitions.signer(),
				CompressedCertificate.parse(compressed),
				DeviceData.of(TestKeys.raw(TestKeys.generate(12))).caPublicKey(TestKeys.raw(TestKeys.generate(11))));
		assertArrayEquals(signerCa.encoded(), rebuilt);
		byte[] rootCompressed = root.slots.get(PkiLayout.ROOT_CERT_SLOT);
		assertArrayEquals(rootCa.encoded(), CertificateRebuilder.rebuild(CaCertificates.rootDefinition(rootCa.encoded()),
				CompressedCertificate.parse(rootCompressed), DeviceData.of(root.publicKey(null))
						.caPublicKey(root.publicKey(null))));
		assertArrayEquals(PkiInitializer.padded(root.publicKey(null)), signer.slots.get(PkiLayout.SIGNER_ROOT_KEY_SLOT));
		assertEquals(2, root.signatures, "root signs its own certificate and the signer's");
		assertEquals(0, signer.signatures);
	}

	@Test
	void rerunKeepsEverythingAndSignsNothing() throws Exception {
		PkiLayout layout = new PkiLayout(workspace);
		new PkiInitializer(layout).run(root, signer, NOW, new NullProgressMonitor());
		byte[] rootPem = Files.readAllBytes(layout.rootCa());
		byte[] signerPem = Files.readAllBytes(layout.signerCa());
		int signatures = root.signatures;
		PkiReport again = new PkiInitializer(layout).run(root, signer, NOW.plusSeconds(86400), new NullProgressMonitor());
		assertFalse(again.createdAnything(), again.steps().toString());
		assertTrue(again.steps().stream().anyMatch(s -> s.outcome() == PkiReport.Outcome.KEPT));
		assertTrue(again.steps().stream().anyMatch(s -> s.outcome() == PkiReport.Outcome.UNCHANGED));
		assertArrayEquals(rootPem, Files.readAllBytes(layout.rootCa()));
		assertArrayEquals(signerPem, Files.readAllBytes(layout.signerCa()));
		assertEquals(signatures, root.signatures);
	}

	@Test
	void neverReplacesACaThatBelongsToAnotherKey() throws Exception {
		PkiLayout layout = new PkiLayout(workspace);
		new PkiInitializer(layout).run(root, signer, NOW, new NullProgressMonitor());
		byte[] rootPem = Files.readAllBytes(layout.rootCa());
		SoftwareCaDevice otherRoot = new SoftwareCaDevice("other-root", 13);
		PkiException e = assertThrows(PkiException.class,
				() -> new PkiInitializer(layout).run(otherRoot, signer, NOW, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("certifies another key than other-root slot 3"), e.getMessage());
		assertArrayEquals(rootPem, Files.readAllBytes(layout.rootCa()));
		assertEquals(0, otherRoot.signatures);
	}

	@Test
	void deviceAndVerificationCertificatesChainToTheSigner() throws Exception {
		PkiLayout layout = new PkiLayout(workspace);
		PkiReport report = new PkiInitializer(layout).run(root, signer, NOW, new NullProgressMonitor());
		byte[] thingKey = TestKeys.raw(TestKeys.generate(14));
		byte[] device = DeviceCertificateIssuer.fromPublicKey(thingKey, report.signer().encoded(), signer,
				CaCertificates.issueHour(NOW), new NullProgressMonitor());
		CertificateModel deviceCert = CertificateModel.parse(device);
		assertTrue(ChainVerifier.verify(List.of(report.root()), deviceCert, List.of(report.signer()), NOW).isValid());
		assertEquals("CN=Example ATECC508A Device,O=Example Organization", deviceCert.subject());
		assertEquals(report.signer().subject(), deviceCert.issuer());
		// storable on the thing: compresses under the ASI device definition
		CertificateRebuilder.compress(AsiCertificateDefinitions.device(), device, null);

		byte[] verification = VerificationCertificate.create("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90",
				report.signer().encoded(), signer, NOW, new NullProgressMonitor());
		CertificateModel v = CertificateModel.parse(verification);
		assertEquals("CN=a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90", v.subject());
		assertEquals(report.signer().subject(), v.issuer());
		assertEquals(report.signer().publicKey().publicKeyHex(), v.publicKey().publicKeyHex());
		v.toX509().verify(report.signer().toX509().getPublicKey());
		assertThrows(Exception.class, () -> VerificationCertificate.create("not a code!", report.signer().encoded(),
				signer, NOW, new NullProgressMonitor()));
	}
}
