package io.trustbench.pki.core.atcacert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.core.Hex;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.core.Openssl;
import io.trustbench.pki.core.TestKeys;
import io.trustbench.pki.core.cli.Command;
import io.trustbench.pki.core.internal.cli.CertCompressCommand;
import io.trustbench.pki.core.internal.cli.CertDecompressCommand;

/**
 * The fleet device template: the ASI device template with CN = "sn" + chip serial (two BIN2HEX_UC
 * elements over the config zone's serial-number bytes). Issue → compress → rebuild is
 * byte-identical, the certificate verifies and names the chip, openssl reads it.
 */
class FleetCertificateDefinitionsTest {

	private static final byte[] SERIAL = { 0x01, 0x23, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3, (byte) 0xD4, (byte) 0xE5,
			(byte) 0xF6, (byte) 0xEE };
	private static final byte[] OTHER_SERIAL = { 0x01, 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, (byte) 0xEE };

	private static final KeyPair DEVICE = TestKeys.generate(11);
	private static final KeyPair SIGNER = TestKeys.generate(12);
	private static final CertificateDefinition DEF = FleetCertificateDefinitions.device();

	@TempDir
	Path dir;

	@Test
	void sameStructureAsTheAsiTemplateWithTheCnPlaceholder() throws Exception {
		CertificateDefinition asi = AsiCertificateDefinitions.device();
		CertificateDefinition fleet = FleetCertificateDefinitions.device();
		assertEquals(4, fleet.templateId());
		assertEquals(asi.serialNumberSource(), fleet.serialNumberSource());
		assertEquals(asi.expireYears(), fleet.expireYears());
		assertEquals(asi.compressedCertificateDeviceLocation(), fleet.compressedCertificateDeviceLocation());
		assertEquals(asi.publicKeyDeviceLocation(), fleet.publicKeyDeviceLocation());
		assertTrue(CertificateModel.parse(fleet.template()).subject().equals("CN=snXXXXXXXXXXXXXXXXXX,O=Example Organization"),
				CertificateModel.parse(fleet.template()).subject());
		// "Example ATECC508A Device" (24) became "sn" + 18 hex (20): everything after the CN moves by 4
		int shift = 4;
		assertEquals(asi.templateSize() - shift, fleet.templateSize());
		assertEquals(asi.tbsLocation().count() - shift, fleet.tbsLocation().count());
		for (StandardElement before : new StandardElement[] { StandardElement.CERT_SN, StandardElement.SIGNER_ID,
				StandardElement.ISSUE_DATE, StandardElement.EXPIRE_DATE }) {
			assertEquals(asi.location(before), fleet.location(before), before.name());
		}
		for (StandardElement after : new StandardElement[] { StandardElement.PUBLIC_KEY, StandardElement.SIGNATURE,
				StandardElement.AUTH_KEY_ID }) {
			assertEquals(asi.location(after).offset() - shift, fleet.location(after).offset(), after.name());
			assertEquals(asi.location(after).count(), fleet.location(after).count(), after.name());
		}
		assertEquals(fleet, KnownCertificateDefinitions.byTemplateId(4));
		assertEquals(fleet, KnownCertificateDefinitions.byName(KnownCertificateDefinitions.FLEET_DEVICE));
	}

	@Test
	void issueCompressRebuildIsByteIdenticalAndNamesTheChip() throws Exception {
		byte[] cert = issue(DEF, DEVICE, SIGNER, SERIAL);

		X509Certificate x509 = x509(cert);
		x509.verify(SIGNER.getPublic());
		assertEquals("CN=sn0123A1B2C3D4E5F6EE,O=Example Organization", x509.getSubjectX500Principal().getName());
		assertEquals(FleetCertificateDefinitions.commonName(SERIAL), "sn0123A1B2C3D4E5F6EE");

		byte[] compressed = CertificateRebuilder.compress(DEF, cert, SERIAL).toBytes();
		byte[] again = CertificateRebuilder.rebuild(DEF, CompressedCertificate.parse(compressed),
				DeviceData.of(TestKeys.raw(DEVICE)).caPublicKey(TestKeys.raw(SIGNER)).deviceSerialNumber(SERIAL));
		assertArrayEquals(cert, again);
		assertEquals(DEF, KnownCertificateDefinitions.forCompressed(CompressedCertificate.parse(compressed)));
		assertEquals(4, (compressed[69] & 0xff) >>> 4, "template ID in the compressed certificate");
	}

	@Test
	void anotherChipOrNoSerialNumberIsRefused() throws Exception {
		byte[] cert = issue(DEF, DEVICE, SIGNER, SERIAL);
		AtcacertException other = assertThrows(AtcacertException.class,
				() -> CertificateRebuilder.compress(DEF, cert, OTHER_SERIAL));
		assertTrue(other.getMessage().contains("element 'SN03'"), other.getMessage());
		CompressedCertificate compressed = CertificateRebuilder.compress(DEF, cert, SERIAL);
		AtcacertException none = assertThrows(AtcacertException.class, () -> CertificateRebuilder.rebuild(DEF,
				compressed, DeviceData.of(TestKeys.raw(DEVICE)).caPublicKey(TestKeys.raw(SIGNER))));
		assertTrue(none.getMessage().contains("device serial number"), none.getMessage());
		// a CN in lower case cannot come from this template
		byte[] lower = cert.clone();
		int at = DEF.extraElements().get(1).certLocation().offset() + 8;
		lower[at] = (byte) Character.toLowerCase((char) lower[at]);
		AtcacertException lowerCase = assertThrows(AtcacertException.class,
				() -> CertificateRebuilder.compress(DEF, lower, null));
		assertTrue(lowerCase.getMessage().contains("upper-case"), lowerCase.getMessage());
	}

	@Test
	void opensslReadsTheCertificateAndVerifiesItsSignature() throws Exception {
		Openssl.assumeAvailable();
		byte[] cert = issue(DEF, DEVICE, SIGNER, SERIAL);
		Files.write(dir.resolve("device.der"), cert);
		String subject = Openssl.run(dir, "x509", "-inform", "DER", "-in", "device.der", "-noout", "-subject",
				"-nameopt", "RFC2253");
		assertEquals("subject=CN=sn0123A1B2C3D4E5F6EE,O=Example Organization", subject.trim());
		String text = Openssl.run(dir, "x509", "-inform", "DER", "-in", "device.der", "-noout", "-text");
		assertTrue(text.contains("CN = Example ATECC508A Signer 1234"), text);
		Files.write(dir.resolve("signer.pem"), pem(SIGNER.getPublic()).getBytes());
		CertLocation tbs = DEF.tbsLocation();
		Files.write(dir.resolve("tbs.der"), Arrays.copyOfRange(cert, tbs.offset(), tbs.end()));
		Files.write(dir.resolve("sig.der"), EcdsaSignatures.toDer(CertificateRebuilder.signature(DEF, cert)));
		String verified = Openssl.run(dir, "dgst", "-sha256", "-verify", "signer.pem", "-signature", "sig.der",
				"tbs.der");
		assertEquals("Verified OK", verified.trim());
	}

	@Test
	void certCompressAndDecompressTakeTheDeviceSerialNumber() throws Exception {
		byte[] cert = issue(DEF, DEVICE, SIGNER, SERIAL);
		Path der = dir.resolve("fleet.der");
		Files.write(der, cert);
		String sn = Hex.encode(SERIAL);
		Command compress = Command.run(new CertCompressCommand(), dir, false, der.toString(), "--definition",
				"fleet-device", "--device-sn", sn);
		assertEquals(0, compress.exit, compress.toString());
		String compressed = compress.out.lines().findFirst().orElseThrow();
		Command decompress = Command.run(new CertDecompressCommand(), dir, false, "--definition", "fleet-device",
				"--compressed", compressed, "--public-key", Hex.encode(TestKeys.raw(DEVICE)), "--ca-public-key",
				Hex.encode(TestKeys.raw(SIGNER)), "--device-sn", sn);
		assertEquals(0, decompress.exit, decompress.toString());
		assertArrayEquals(cert, CertificateReader.read(decompress.out.getBytes()).get(0).encoded());
		Command noSerial = Command.run(new CertDecompressCommand(), dir, false, "--definition", "fleet-device",
				"--compressed", compressed, "--public-key", Hex.encode(TestKeys.raw(DEVICE)));
		assertEquals(1, noSerial.exit, noSerial.toString());
		assertTrue(noSerial.err.contains("comes from the device serial number"), noSerial.err);
	}

	/** Builds, signs (software signer standing in for the signer device) and returns the DER. */
	static byte[] issue(CertificateDefinition def, KeyPair device, KeyPair signer, byte[] serial) throws Exception {
		CertDate issued = new CertDate(2026, 11, 27, 10, 0, 0);
		CompressedCertificate unsigned = new CompressedCertificate(new byte[64], issued, def.expireYears(), 0x1234,
				def.templateId(), def.chainId(), def.serialNumberSource(),
				CompressedCertificate.formatVersionFor(issued, def.expireYears()));
		byte[] tbsCert = CertificateRebuilder.rebuild(def, unsigned,
				DeviceData.of(TestKeys.raw(device)).caPublicKey(TestKeys.raw(signer)).deviceSerialNumber(serial));
		byte[] digest = CertificateRebuilder.tbsDigest(def, tbsCert);
		return CertificateRebuilder.withSignature(def, tbsCert, TestKeys.signDigest(signer, digest));
	}

	private static X509Certificate x509(byte[] der) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
	}

	private static String pem(PublicKey key) {
		return "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes())
				.encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
	}
}
