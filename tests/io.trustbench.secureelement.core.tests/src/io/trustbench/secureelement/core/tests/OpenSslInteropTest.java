package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.internal.cli.DevicePubkeyCommand;
import io.trustbench.secureelement.core.internal.cli.DeviceSignCommand;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;

/** A signature made by {@code device sign} verifies with OpenSSL against {@code device pubkey --pem}. */
class OpenSslInteropTest {

	@TempDir
	Path dir;

	@AfterEach
	void forget() {
		EmulatedKits.forgetAll();
	}

	@Test
	void openSslVerifiesChipSignatures() throws Exception {
		assumeTrue(run(List.of("openssl", "version")).exit == 0, "openssl is not installed");
		Path workspace = dir.resolve("ws");
		byte[] message = "Trustbench signs with the ATECC508A\n".getBytes(StandardCharsets.US_ASCII);
		Path messageFile = Files.write(dir.resolve("msg.txt"), message);
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(message);
		Path digestFile = Files.write(dir.resolve("digest.bin"), digest);

		for (String[] kit : new String[][] { { "emu-thing", "0" }, { "emu-signer", "3" }, { "emu-root", "3" } }) {
			Cli.Result pem = Cli.run(workspace, new DevicePubkeyCommand(), kit[0], "--slot", kit[1], "--pem");
			assertEquals(0, pem.exit(), pem.err());
			Path pemFile = Files.writeString(dir.resolve(kit[0] + ".pem"), pem.out());
			Cli.Result sig = Cli.run(workspace, new DeviceSignCommand(), kit[0], "--slot", kit[1], "--digest",
					Hex.encode(digest));
			assertEquals(0, sig.exit(), sig.err());
			Path sigFile = Files.write(dir.resolve(kit[0] + ".sig"), derSignature(Hex.decode(sig.out().strip())));

			Result dgst = run(List.of("openssl", "dgst", "-sha256", "-verify", pemFile.toString(), "-signature",
					sigFile.toString(), messageFile.toString()));
			assertEquals(0, dgst.exit, dgst.output);
			assertTrue(dgst.output.contains("Verified OK"), dgst.output);

			Result pkeyutl = run(List.of("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pemFile.toString(), "-in",
					digestFile.toString(), "-sigfile", sigFile.toString()));
			assertEquals(0, pkeyutl.exit, pkeyutl.output);
			assertTrue(pkeyutl.output.contains("Signature Verified Successfully"), pkeyutl.output);

			Result tampered = run(List.of("openssl", "dgst", "-sha256", "-verify", pemFile.toString(), "-signature",
					sigFile.toString(), pemFile.toString()));
			assertTrue(tampered.exit != 0, "OpenSSL must reject the signature over another message");
		}
	}

	/** R‖S → DER ECDSA-Sig-Value (SEQUENCE of two INTEGERs), what OpenSSL reads. */
	static byte[] derSignature(byte[] rs) {
		byte[] r = new BigInteger(1, java.util.Arrays.copyOfRange(rs, 0, 32)).toByteArray();
		byte[] s = new BigInteger(1, java.util.Arrays.copyOfRange(rs, 32, 64)).toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0x30);
		out.write(4 + r.length + s.length);
		out.write(0x02);
		out.write(r.length);
		out.writeBytes(r);
		out.write(0x02);
		out.write(s.length);
		out.writeBytes(s);
		return out.toByteArray();
	}

	private record Result(int exit, String output) {
	}

	private static Result run(List<String> command) throws Exception {
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] out = p.getInputStream().readAllBytes();
			if (!p.waitFor(30, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				return new Result(-1, "timeout");
			}
			return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
		} catch (java.io.IOException e) {
			return new Result(-1, e.getMessage());
		}
	}
}
