package io.trustbench.pki.core.atcacert;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.trustbench.pki.core.TestKeys;

/** atcacert codec against Microchip's signer and device templates (tests/oracles/microchip-templates). */
class CertificateRebuilderTest {

	private final KeyPair root = TestKeys.generate(1);
	private final KeyPair signer = TestKeys.generate(2);
	private final KeyPair device = TestKeys.generate(3);

	private static CertificateDefinition signerDef() throws Exception {
		return AsiCertificateDefinitions.signer(Oracles.read("microchip-templates/signer_tmpl.der"));
	}

	private static CertificateDefinition deviceDef() throws Exception {
		return AsiCertificateDefinitions.device(Oracles.read("microchip-templates/device_tmpl.der"));
	}

	@Test
	void bundledTemplatesAreTheOracleTemplates() throws Exception {
		assertEquals(signerDef(), AsiCertificateDefinitions.signer());
		assertEquals(deviceDef(), AsiCertificateDefinitions.device());
	}

	@Test
	void elementLocationsPointAtTheTemplateFields() throws Exception {
		byte[] t = signerDef().template();
		assertEquals("0034", ascii(t, signerDef().location(StandardElement.SIGNER_ID)));
		assertEquals("151217230000Z", ascii(t, signerDef().location(StandardElement.ISSUE_DATE)));
		assertEquals("99991231235959Z", ascii(t, signerDef().location(StandardElement.EXPIRE_DATE)));
		// the public key follows "03 42 00 04"
		int pk = signerDef().location(StandardElement.PUBLIC_KEY).offset();
		assertArrayEquals(new byte[] { 0x03, 0x42, 0x00, 0x04 }, Arrays.copyOfRange(t, pk - 4, pk));
		byte[] d = deviceDef().template();
		assertEquals("0034", ascii(d, deviceDef().location(StandardElement.SIGNER_ID)));
		int dpk = deviceDef().location(StandardElement.PUBLIC_KEY).offset();
		assertArrayEquals(new byte[] { 0x03, 0x42, 0x00, 0x04 }, Arrays.copyOfRange(d, dpk - 4, dpk));
		// the device certificate's AKI is the signer's SKI in Microchip's example chain
		assertArrayEquals(slice(t, signerDef().location(StandardElement.SUBJ_KEY_ID)),
				slice(d, deviceDef().location(StandardElement.AUTH_KEY_ID)));
	}

	@Test
	void microchipSignerTemplateIsItsOwnRebuild() throws Exception {
		// Serial number = public-key hash, SKI = SHA-1 of the key, whole-hour issue date: the template
		// is a certificate atcacert itself produced, so compress + rebuild must reproduce it exactly.
		CertificateDefinition def = signerDef();
		byte[] template = def.template();
		CompressedCertificate compressed = CertificateRebuilder.compress(def, template, null);
		assertEquals(0x0034, compressed.signerId());
		assertEquals(new CertDate(2015, 12, 17, 23, 0, 0), compressed.issueDate());
		byte[] rebuilt = CertificateRebuilder.rebuild(def, CompressedCertificate.parse(compressed.toBytes()),
				CertificateRebuilder.deviceData(def, template));
		assertArrayEquals(template, rebuilt);
	}

	@Test
	void deviceTemplateWithPlaceholderSerialIsRefusedNamingTheSerial() throws Exception {
		// Microchip's device template keeps a placeholder serial (40 01 02 …) and minutes in its issue date.
		AtcacertException e = assertThrows(AtcacertException.class,
				() -> CertificateRebuilder.compress(deviceDef(), deviceDef().template(), null));
		assertTrue(e.getMessage().contains("CERT_SN differs at byte 15"), e.getMessage());
	}

	@Test
	void issueDateWithMinutesIsRefusedNamingTheIssueDate() throws Exception {
		CertificateDefinition def = signerDef();
		byte[] cert = issue(def, TestKeys.raw(signer), TestKeys.raw(root), root, 7, new CertDate(2026, 3, 4, 5, 0, 0));
		int minutes = def.location(StandardElement.ISSUE_DATE).offset() + 8;
		cert[minutes] = '3';
		AtcacertException e = assertThrows(AtcacertException.class, () -> CertificateRebuilder.compress(def, cert, null));
		assertTrue(e.getMessage().contains("ISSUE_DATE differs") && e.getMessage().contains("whole hours"),
				e.getMessage());
	}

	@Test
	void signedChainCompressesAndRebuildsByteIdentical() throws Exception {
		CertificateDefinition sdef = signerDef();
		CertificateDefinition ddef = deviceDef();
		byte[] signerCert = issue(sdef, TestKeys.raw(signer), TestKeys.raw(root), root, 0xC0DE,
				new CertDate(2026, 11, 27, 7, 0, 0));
		byte[] deviceCert = issue(ddef, TestKeys.raw(device), TestKeys.raw(signer), signer, 0xC0DE,
				new CertDate(2026, 11, 27, 8, 0, 0));

		X509Certificate signerX509 = x509(signerCert);
		X509Certificate deviceX509 = x509(deviceCert);
		signerX509.verify(root.getPublic());
		deviceX509.verify(signer.getPublic());
		assertEquals("CN=Example ATECC508A Signer C0DE,O=Example Organization", signerX509.getSubjectX500Principal().getName());

		for (Object[] c : new Object[][] { { sdef, signerCert, signer }, { ddef, deviceCert, device } }) {
			CertificateDefinition def = (CertificateDefinition) c[0];
			byte[] cert = (byte[]) c[1];
			byte[] compressed = CertificateRebuilder.compress(def, cert, null).toBytes();
			DeviceData data = DeviceData.of(TestKeys.raw((KeyPair) c[2]))
					.caPublicKey(def == sdef ? TestKeys.raw(root) : TestKeys.raw(signer));
			assertArrayEquals(cert, CertificateRebuilder.rebuild(def, CompressedCertificate.parse(compressed), data));
		}
	}

	@Test
	void serialNumberIsThePublicKeyHash() throws Exception {
		CertificateDefinition def = deviceDef();
		CertDate issued = new CertDate(2026, 11, 27, 9, 0, 0);
		byte[] cert = issue(def, TestKeys.raw(device), TestKeys.raw(signer), signer, 0x1234, issued);
		byte[] message = Arrays.copyOf(TestKeys.raw(device), 67);
		System.arraycopy(new CompressedCertificate(new byte[64], issued, 0, 0, 2, 0, SerialNumberSource.PUB_KEY_HASH,
				0).encodedDates(), 0, message, 64, 3);
		byte[] expected = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(message), 16);
		expected[0] = (byte) ((expected[0] & 0x7f) | 0x40);
		assertArrayEquals(expected, slice(cert, def.location(StandardElement.CERT_SN)));
	}

	@Test
	void wrongDefinitionAndForeignCertificatesAreRefused() throws Exception {
		byte[] signerCert = issue(signerDef(), TestKeys.raw(signer), TestKeys.raw(root), root, 1,
				new CertDate(2026, 1, 1, 0, 0, 0));
		CompressedCertificate compressed = CertificateRebuilder.compress(signerDef(), signerCert, null);
		AtcacertException wrong = assertThrows(AtcacertException.class,
				() -> CertificateRebuilder.rebuild(deviceDef(), compressed, DeviceData.of(TestKeys.raw(device))));
		assertTrue(wrong.getMessage().contains("does not belong"), wrong.getMessage());
		assertThrows(AtcacertException.class, () -> CertificateRebuilder.compress(deviceDef(), signerCert, null));
		byte[] tampered = signerCert.clone();
		tampered[60] ^= 1; // inside the issuer name
		AtcacertException e = assertThrows(AtcacertException.class,
				() -> CertificateRebuilder.compress(signerDef(), tampered, null));
		assertTrue(e.getMessage().contains("byte 60"), e.getMessage());
	}

	/** Issues a certificate the way a signing device does: TBS digest in, R‖S out. */
	static byte[] issue(CertificateDefinition def, byte[] subjectKey, byte[] caKey, KeyPair caPair, int signerId,
			CertDate issued) throws Exception {
		CompressedCertificate unsigned = new CompressedCertificate(new byte[64], issued, def.expireYears(), signerId,
				def.templateId(), def.chainId(), def.serialNumberSource(), 0);
		byte[] cert = CertificateRebuilder.rebuild(def, unsigned, DeviceData.of(subjectKey).caPublicKey(caKey));
		byte[] signature = TestKeys.signDigest(caPair, CertificateRebuilder.tbsDigest(def, cert));
		return CertificateRebuilder.withSignature(def, cert, signature);
	}

	static X509Certificate x509(byte[] der) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(der));
	}

	private static byte[] slice(byte[] data, CertLocation at) {
		return Arrays.copyOfRange(data, at.offset(), at.end());
	}

	private static String ascii(byte[] data, CertLocation at) {
		return new String(slice(data, at), StandardCharsets.US_ASCII);
	}
}
