package io.trustbench.pki.core.cli;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.core.Hex;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.core.atcacert.AsiCertificateDefinitions;
import io.trustbench.pki.core.atcacert.CertificateRebuilder;
import io.trustbench.pki.core.atcacert.DeviceData;
import io.trustbench.pki.core.internal.cli.CertCompressCommand;
import io.trustbench.pki.core.internal.cli.CertDecompressCommand;

/** cert compress / decompress on Microchip's signer template: 72 bytes and back, byte for byte. */
class CompressCommandsTest {

	@TempDir
	Path dir;

	@Test
	void compressThenDecompressGivesTheSameCertificate() throws Exception {
		Path template = Oracles.root().resolve("microchip-templates").resolve("signer_tmpl.der");
		Command compress = Command.run(new CertCompressCommand(), dir, false, template.toString(), "--definition",
				"asi-signer", "--out", dir.resolve("signer.bin").toString());
		assertEquals(0, compress.exit, compress.toString());
		String hex = compress.out.lines().findFirst().orElseThrow();
		assertEquals(144, hex.length());
		assertArrayEquals(Hex.decode(hex), Files.readAllBytes(dir.resolve("signer.bin")));

		DeviceData data = CertificateRebuilder.deviceData(AsiCertificateDefinitions.signer(), Files.readAllBytes(template));
		Command decompress = Command.run(new CertDecompressCommand(), dir, false, "--definition", "asi-signer",
				"--compressed", "@" + dir.resolve("signer.bin"), "--public-key", Hex.encode(data.subjectPublicKey()),
				"--authority-key-id", Hex.encode(data.authorityKeyId()), "--out", dir.resolve("signer.pem").toString());
		assertEquals(0, decompress.exit, decompress.toString());
		CertificateModel rebuilt = CertificateReader.read(decompress.out.getBytes(StandardCharsets.US_ASCII)).get(0);
		assertArrayEquals(Files.readAllBytes(template), rebuilt.encoded());
		assertArrayEquals(Files.readAllBytes(template), CertificateReader.read(dir.resolve("signer.pem")).get(0).encoded());
	}

	@Test
	void refusalsAreOneLineWithTheReason() throws Exception {
		Path device = Oracles.root().resolve("microchip-templates").resolve("device_tmpl.der");
		Command c = Command.run(new CertCompressCommand(), dir, false, device.toString(), "--definition", "asi-device");
		assertEquals(1, c.exit, c.toString());
		assertTrue(c.err.contains("CERT_SN differs at byte 15") && c.err.lines().count() == 1, c.err);
		Command unknown = Command.run(new CertCompressCommand(), dir, false, device.toString(), "--definition", "x");
		assertTrue(unknown.err.contains("known: asi-signer, asi-device"), unknown.err);
		Command badHex = Command.run(new CertDecompressCommand(), dir, false, "--definition", "asi-device",
				"--compressed", "zz", "--public-key", "00");
		assertEquals(2, badHex.exit, badHex.toString());
	}
}
