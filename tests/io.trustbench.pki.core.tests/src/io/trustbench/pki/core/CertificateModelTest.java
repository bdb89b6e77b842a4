package io.trustbench.pki.core;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.pki.core.asn1.DerNode;
import io.trustbench.pki.core.atcacert.AsiCertificateDefinitions;

/** The model a UI builds on: field offsets, ASN.1 tree, export and compare. */
class CertificateModelTest {

	@TempDir
	Path dir;

	@Test
	void everyFieldPointsAtItsOwnBytes() throws Exception {
		CertificateModel cert = CertificateModel.parse(AsiCertificateDefinitions.signer().template());
		byte[] der = cert.encoded();
		Field notBefore = cert.fields().find("Validity", "Not Before");
		ASN1Primitive time = ASN1Primitive.fromByteArray(Arrays.copyOfRange(der, notBefore.offset(),
				notBefore.offset() + notBefore.length()));
		assertEquals("151217230000Z", ((ASN1UTCTime) time).getTime().substring(0, 12) + "Z");
		assertEquals(113, notBefore.offset() - 2, "UTCTime at 115 as openssl asn1parse shows");
		Field serial = cert.fields().child("Serial Number");
		assertEquals(13, serial.offset());
		assertEquals(19, serial.length());
		Field cn = cert.fields().find("Subject", "CN");
		assertEquals("Example ATECC508A Signer 0034", cn.value());
		assertTrue(new String(der, cn.offset(), cn.length(), StandardCharsets.UTF_8).contains("Signer 0034"));
		Field basic = cert.fields().child("Extensions").children().get(0);
		assertEquals("X509v3 Basic Constraints (critical)", basic.name());
		assertEquals(315, basic.offset());
		assertEquals(20, basic.length());
		assertAllFieldsInside(cert.fields(), der.length);
	}

	@Test
	void asn1TreeAgreesWithOpensslAsn1parse() throws Exception {
		Openssl.assumeAvailable();
		for (String name : new String[] { "signer_tmpl.der", "device_tmpl.der" }) {
			Path file = Oracles.root().resolve("microchip-templates").resolve(name);
			String output = Openssl.run(null, "asn1parse", "-inform", "DER", "-in", file.toString());
			List<String> theirs = new ArrayList<>();
			Matcher m = Pattern.compile("(?m)^\\s*(\\d+):d=(\\d+)\\s+hl=(\\d+) l=\\s*(\\d+)").matcher(output);
			while (m.find()) {
				theirs.add(m.group(1) + "/" + m.group(2) + "/" + m.group(3) + "/" + m.group(4));
			}
			List<String> mine = new ArrayList<>();
			walk(CertificateModel.parse(Files.readAllBytes(file)).asn1(), 0, mine);
			assertEquals(theirs, mine, name);
		}
	}

	@Test
	void exportsReadBackAndOpensslReadsOurPkcs7() throws Exception {
		List<CertificateModel> chain = List.of(CertificateModel.parse(AsiCertificateDefinitions.device().template()),
				CertificateModel.parse(AsiCertificateDefinitions.signer().template()));
		byte[] p7 = CertificateExport.pkcs7(chain);
		List<CertificateModel> back = CertificateReader.read(p7);
		assertArrayEquals(chain.get(0).encoded(), back.get(0).encoded());
		assertArrayEquals(chain.get(1).encoded(), back.get(1).encoded());
		assertEquals(2, CertificateReader.read(CertificateExport.pkcs7Pem(chain).getBytes(StandardCharsets.US_ASCII))
				.size());
		assertEquals(2, CertificateReader.read(CertificateExport.pem(chain).getBytes(StandardCharsets.US_ASCII)).size());
		Openssl.assumeAvailable();
		Files.write(dir.resolve("chain.p7c"), p7);
		String printed = Openssl.run(dir, "pkcs7", "-inform", "DER", "-in", "chain.p7c", "-print_certs");
		assertEquals(chain.stream().map(c -> c.fingerprint("SHA-256")).toList(),
				CertificateReader.read(printed.getBytes(StandardCharsets.US_ASCII)).stream()
						.map(c -> c.fingerprint("SHA-256")).toList());
	}

	@Test
	void compareNamesTheDifferingFields() throws Exception {
		CertificateModel signer = CertificateModel.parse(AsiCertificateDefinitions.signer().template());
		CertificateModel device = CertificateModel.parse(AsiCertificateDefinitions.device().template());
		List<CertificateComparison.Difference> diff = CertificateComparison.compare(signer, device);
		assertTrue(diff.stream().anyMatch(d -> d.path().equals("Subject/CN") && d.right().equals(
				"Example ATECC508A Device")), diff.toString());
		assertTrue(diff.stream().anyMatch(d -> d.path().equals("Validity/Not Before")));
		assertTrue(diff.stream().noneMatch(d -> d.path().equals("Version")));
		assertEquals(List.of(), CertificateComparison.compare(signer, signer));
	}

	private static void walk(DerNode node, int depth, List<String> out) {
		out.add(node.offset() + "/" + depth + "/" + node.headerLength() + "/" + node.length());
		for (DerNode child : node.children()) {
			walk(child, depth + 1, out);
		}
	}

	private static void assertAllFieldsInside(Field field, int size) {
		assertNotNull(field.name());
		assertTrue(field.offset() >= 0 && field.offset() + field.length() <= size, field.toString());
		for (Field child : field.children()) {
			assertTrue(child.offset() >= field.offset() && child.offset() + child.length() <= field.offset()
					+ field.length(), child.name() + " outside " + field.name());
			assertAllFieldsInside(child, size);
		}
	}
}
