package io.trustbench.pki.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.core.ChainVerifier;
import io.trustbench.pki.core.TestKeys;
import io.trustbench.pki.core.ca.PkiLayout;
import io.trustbench.pki.core.internal.cli.PkiDeviceCertCommand;
import io.trustbench.pki.core.internal.cli.PkiInitCommand;
import io.trustbench.pki.core.internal.cli.PkiVerificationCertCommand;

/** The PKI commands against the emulated Root, Signer and Thing kits of the secure-element bundle. */
class PkiCommandsTest {

	@TempDir
	Path workspace;

	@Test
	void initDeviceCertAndVerificationCertOnEmulatedKits() throws Exception {
		Command init = Command.run(new PkiInitCommand(), workspace, false);
		assertEquals(0, init.exit, init.toString());
		assertTrue(init.out.replaceAll(" +", " ").contains("root CA created"), init.out);
		assertTrue(init.out.replaceAll(" +", " ").contains("signer CA on device stored 72 bytes in emu-signer slot 12"), init.out);
		PkiLayout layout = new PkiLayout(workspace);
		CertificateModel root = CertificateReader.read(layout.rootCa()).get(0);
		CertificateModel signer = CertificateReader.read(layout.signerCa()).get(0);
		assertTrue(ChainVerifier.verify(List.of(root), signer, List.of(), Instant.now()).isValid());

		Command again = Command.run(new PkiInitCommand(), workspace, false);
		assertEquals(0, again.exit, again.toString());
		assertFalse(again.out.contains("created"), again.out);
		assertTrue(again.out.replaceAll(" +", " ").contains("root CA kept"), again.out);

		Command thing = Command.run(new PkiDeviceCertCommand(), workspace, false, "--device", "emu-thing");
		assertEquals(0, thing.exit, thing.toString());
		CertificateModel device = CertificateReader.read(layout.deviceCertificate("emu-thing")).get(0);
		assertTrue(ChainVerifier.verify(List.of(root), device, List.of(signer), Instant.now()).isValid());

		KeyPair csrKey = TestKeys.generate(77);
		byte[] csr = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=thing-42,O=Acme"), csrKey.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withECDSA").build(csrKey.getPrivate())).getEncoded();
		Files.write(workspace.resolve("thing-42.csr"), csr);
		Command fromCsr = Command.run(new PkiDeviceCertCommand(), workspace, false, "--csr",
				workspace.resolve("thing-42.csr").toString(), "--days", "30");
		assertEquals(0, fromCsr.exit, fromCsr.toString());
		CertificateModel csrCert = CertificateReader.read(layout.deviceCertificate("thing-42")).get(0);
		assertEquals("O=Acme,CN=thing-42", csrCert.subject()); // RFC 4514: last RDN first
		assertTrue(ChainVerifier.verify(List.of(root), csrCert, List.of(signer), Instant.now()).isValid());

		Command verification = Command.run(new PkiVerificationCertCommand(), workspace, false,
				"--registration-code", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
		assertEquals(0, verification.exit, verification.toString());
		CertificateModel v = CertificateReader.read(layout.verificationCertificate()).get(0);
		assertEquals(signer.subject(), v.issuer());
		v.toX509().verify(signer.toX509().getPublicKey());

		List<String> errors = new ArrayList<>();
		Command bad = Command.run(new PkiDeviceCertCommand(), workspace, false, "--device", "emu-nothing");
		errors.add(bad.err);
		assertEquals(1, bad.exit, bad.toString());
		assertTrue(bad.err.contains("no device 'emu-nothing'"), bad.err);
		Command both = Command.run(new PkiDeviceCertCommand(), workspace, false, "--device", "emu-thing", "--csr", "x");
		assertEquals(2, both.exit, both.toString());
	}
}
