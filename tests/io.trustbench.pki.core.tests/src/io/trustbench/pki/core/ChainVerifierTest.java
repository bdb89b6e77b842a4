package io.trustbench.pki.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** Each broken chain is reported with the failed check and the certificate it failed on. */
class ChainVerifierTest {

	private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
	private static final Date FROM = Date.from(Instant.parse("2026-01-01T00:00:00Z"));
	private static final Date TO = Date.from(Instant.parse("2030-01-01T00:00:00Z"));

	private final KeyPair rootKey = TestKeys.generate(201);
	private final KeyPair interKey = TestKeys.generate(202);
	private final KeyPair leafKey = TestKeys.generate(203);

	/** Options for one certificate of a test chain. */
	record Spec(String subject, KeyPair key, String issuer, KeyPair issuerKey, Boolean ca, Integer pathLen,
			Integer keyUsage, String san, String permittedDns, Date from, Date to) {
	}

	static Spec spec(String subject, KeyPair key, String issuer, KeyPair issuerKey) {
		return new Spec(subject, key, issuer, issuerKey, null, null, null, null, null, FROM, TO);
	}

	static CertificateModel build(Spec s) throws Exception {
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(s.issuer()),
				BigInteger.valueOf(s.subject().hashCode() & 0x7fffffffL), s.from(), s.to(), new X500Name(s.subject()),
				s.key().getPublic());
		if (s.ca() != null) {
			builder.addExtension(Extension.basicConstraints, true,
					s.pathLen() == null ? new BasicConstraints(s.ca()) : new BasicConstraints(s.pathLen()));
		}
		if (s.keyUsage() != null) {
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(s.keyUsage()));
		}
		if (s.san() != null) {
			builder.addExtension(Extension.subjectAlternativeName, false,
					new GeneralNames(new GeneralName(GeneralName.dNSName, s.san())));
		}
		if (s.permittedDns() != null) {
			builder.addExtension(Extension.nameConstraints, true, new NameConstraints(new GeneralSubtree[] {
					new GeneralSubtree(new GeneralName(GeneralName.dNSName, s.permittedDns())) }, null));
		}
		return CertificateModel.parse(builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
				.build(s.issuerKey().getPrivate())).getEncoded());
	}

	private CertificateModel root(String permitted) throws Exception {
		Spec s = spec("CN=Root CA", rootKey, "CN=Root CA", rootKey);
		return build(new Spec(s.subject(), s.key(), s.issuer(), s.issuerKey(), true, null,
				KeyUsage.keyCertSign | KeyUsage.cRLSign, null, permitted, FROM, TO));
	}

	private CertificateModel inter(Boolean ca, Integer pathLen, Integer keyUsage) throws Exception {
		return build(new Spec("CN=Inter CA", interKey, "CN=Root CA", rootKey, ca, pathLen, keyUsage, null, null, FROM, TO));
	}

	private CertificateModel leaf(String san, KeyPair signedBy, Date to) throws Exception {
		return build(new Spec("CN=Leaf Device", leafKey, "CN=Inter CA", signedBy, false, null, KeyUsage.digitalSignature, san,
				null, FROM, to));
	}

	private ChainResult verify(CertificateModel root, CertificateModel inter, CertificateModel leaf) throws Exception {
		return ChainVerifier.verify(List.of(root), leaf, List.of(inter), NOW);
	}

	@Test
	void validChain() throws Exception {
		ChainResult result = verify(root(null), inter(true, 0, KeyUsage.keyCertSign), leaf("a.example.com",
				interKey, TO));
		assertTrue(result.isValid(), result.problem());
		assertEquals(List.of("target", "intermediate", "trust anchor"),
				result.path().stream().map(ChainResult.Entry::role).toList());
	}

	@Test
	void intermediateThatIsNoCa() throws Exception {
		ChainResult result = verify(root(null), inter(false, null, KeyUsage.keyCertSign), leaf(null, interKey, TO));
		assertFailure(result, 1, "certificate 2 (CN=Inter CA): not a CA (basic constraints)");
	}

	@Test
	void pathLengthExceeded() throws Exception {
		KeyPair subKey = TestKeys.generate(204);
		CertificateModel root = root(null);
		CertificateModel inter = inter(true, 0, KeyUsage.keyCertSign);
		CertificateModel sub = build(new Spec("CN=Sub CA", subKey, "CN=Inter CA", interKey, true, null, KeyUsage.keyCertSign,
				null, null, FROM, TO));
		CertificateModel leaf = build(new Spec("CN=Leaf Device", leafKey, "CN=Sub CA", subKey, false, null,
				KeyUsage.digitalSignature, null, null, FROM, TO));
		ChainResult result = ChainVerifier.verify(List.of(root), leaf, List.of(sub, inter), NOW);
		assertFailure(result, 1, "path length constraint exceeded");
	}

	@Test
	void keyUsageWithoutCertSign() throws Exception {
		ChainResult result = verify(root(null), inter(true, 0, KeyUsage.digitalSignature), leaf(null, interKey, TO));
		assertFailure(result, 1, "key usage does not allow signing certificates (keyCertSign)");
	}

	/** Subject names have spaces: the JDK also checks a CN that looks like a host name against DNS constraints. */
	@Test
	void nameConstraintsViolated() throws Exception {
		ChainResult result = verify(root("example.com"), inter(true, 0, KeyUsage.keyCertSign),
				leaf("evil.example.org", interKey, TO));
		assertFailure(result, 0, "name constraints violated");
	}

	@Test
	void badSignature() throws Exception {
		ChainResult result = verify(root(null), inter(true, 0, KeyUsage.keyCertSign), leaf(null, leafKey, TO));
		assertFailure(result, 0, "signature does not verify with the issuer's key");
	}

	@Test
	void expiredLeaf() throws Exception {
		ChainResult result = verify(root(null), inter(true, 0, KeyUsage.keyCertSign),
				leaf(null, interKey, Date.from(Instant.parse("2026-06-01T00:00:00Z"))));
		assertFailure(result, 0, "certificate expired");
	}

	@Test
	void expiredTrustAnchor() throws Exception {
		CertificateModel root = root(null);
		ChainResult result = ChainVerifier.verify(List.of(root), leaf(null, interKey, TO),
				List.of(inter(true, 0, KeyUsage.keyCertSign)), Instant.parse("2031-01-01T00:00:00Z"));
		assertTrue(!result.isValid() && result.problem().contains("expired"), result.problem());
	}

	private static void assertFailure(ChainResult result, int index, String message) {
		assertTrue(!result.isValid(), "accepted a broken chain");
		assertTrue(result.problem().contains(message), "'" + result.problem() + "' should say '" + message + "'");
		assertEquals(ChainResult.Status.FAILED, result.path().get(index).status(), result.path().toString());
		assertTrue(result.problem().startsWith("certificate " + (index + 1) + " ("), result.problem());
	}
}
