package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.internal.cli.DeviceConfigCommand;
import io.trustbench.secureelement.core.internal.cli.DeviceEcdhCommand;
import io.trustbench.secureelement.core.internal.cli.DeviceGenkeyCommand;
import io.trustbench.secureelement.core.internal.cli.DeviceInfoCommand;
import io.trustbench.secureelement.core.internal.cli.DeviceListCommand;
import io.trustbench.secureelement.core.internal.cli.DeviceLockCommand;
import io.trustbench.secureelement.core.internal.cli.DevicePubkeyCommand;
import io.trustbench.secureelement.core.internal.cli.DeviceRandomCommand;
import io.trustbench.secureelement.core.internal.cli.DeviceReadCommand;
import io.trustbench.secureelement.core.internal.cli.DeviceSignCommand;
import io.trustbench.secureelement.core.internal.cli.DeviceVerifyCommand;

/** The {@code device} commands against the emulated kits of a fresh workspace. */
class DeviceCliTest extends EmulatedWorkspaceTest {

	@Test
	void listShowsTheThreeKitsWithSerialRevisionAndLocks() {
		Cli.Result r = Cli.run(workspace, new DeviceListCommand(), "--json");
		assertEquals(0, r.exit(), r.err());
		JsonArray rows = JsonParser.parseString(r.out()).getAsJsonArray();
		int emulated = 0;
		for (var row : rows) {
			JsonObject o = row.getAsJsonObject();
			if (o.get("transport").getAsString().equals("emulator")) {
				emulated++;
				assertEquals(18, o.get("serial").getAsString().length());
				assertEquals("00005000", o.get("revision").getAsString());
				assertTrue(o.get("configLocked").getAsBoolean());
				assertTrue(o.get("dataLocked").getAsBoolean());
			}
		}
		assertEquals(3, emulated);
		Cli.Result text = Cli.run(workspace, new DeviceListCommand());
		assertTrue(text.out().contains("emu-thing") && text.out().contains("thing") && text.out().contains("ATSAMG55"),
				text.out());
	}

	@Test
	void infoAndConfigDecodePermissions() {
		Cli.Result info = Cli.run(workspace, new DeviceInfoCommand(), "emu-root", "--json");
		assertEquals(0, info.exit(), info.err());
		JsonObject o = JsonParser.parseString(info.out()).getAsJsonObject();
		assertEquals("AT88CKECCROOT", o.get("name").getAsString());
		assertEquals("2.0.8", o.get("firmware").getAsString());
		assertEquals("3", o.get("lockedSlots").getAsString());

		Cli.Result config = Cli.run(workspace, new DeviceConfigCommand(), "emu-thing", "--json");
		assertEquals(0, config.exit(), config.err());
		JsonObject c = JsonParser.parseString(config.out()).getAsJsonObject();
		JsonObject slot0 = c.getAsJsonArray("slots").get(0).getAsJsonObject();
		assertEquals("true", slot0.get("ExtSig").getAsString());
		assertEquals("true", slot0.get("GenKey").getAsString());
		assertEquals("P256", slot0.get("KeyType").getAsString());
		assertEquals("false", slot0.get("Readable").getAsString());
		assertEquals("0xC0", c.getAsJsonObject("fields").get("I2C_Address").getAsString());
		Cli.Result table = Cli.run(workspace, new DeviceConfigCommand(), "emu-thing");
		assertTrue(table.out().contains("P-256 private key (sign, internal sign, ECDH, GenKey)"), table.out());
	}

	@Test
	void readOfPrivateKeySlotIsRefusedWithAClearMessage() {
		Cli.Result r = Cli.run(workspace, new DeviceReadCommand(), "emu-thing", "--slot", "0");
		assertEquals(1, r.exit());
		assertTrue(r.err().contains("holds a private key and can never be read"), r.err());
		assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
		Cli.Result ok = Cli.run(workspace, new DeviceReadCommand(), "emu-thing", "--slot", "8", "--length", "8");
		assertEquals(0, ok.exit(), ok.err());
		assertEquals("0000000000000000", ok.out().strip());
	}

	@Test
	void signVerifyEcdhRandomGenkey() throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest("cli".getBytes());
		Cli.Result sig = Cli.run(workspace, new DeviceSignCommand(), "emu-signer", "--slot", "3", "--digest",
				Hex.encode(digest));
		assertEquals(0, sig.exit(), sig.err());
		String rs = sig.out().strip();
		assertEquals(128, rs.length());
		Cli.Result ok = Cli.run(workspace, new DeviceVerifyCommand(), "emu-thing", "--digest", Hex.encode(digest),
				"--signature", rs, "--pubkey", pubkey("emu-signer", 3));
		assertEquals(0, ok.exit(), ok.err() + ok.out());
		Cli.Result bad = Cli.run(workspace, new DeviceVerifyCommand(), "emu-signer", "--slot", "3", "--digest",
				Hex.encode(new byte[32]), "--signature", rs);
		assertEquals(1, bad.exit());
		assertTrue(bad.out().contains("NOT valid"));

		// ECDH both ways: thing slot 2 with root slot 0's public key is not allowed (sign-only), so
		// compare the thing's result with the JDK's ECDH from a software key.
		java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
		g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
		java.security.KeyPair peer = g.generateKeyPair();
		java.security.interfaces.ECPublicKey pub = (java.security.interfaces.ECPublicKey) peer.getPublic();
		byte[] peerXY = new byte[64];
		byte[] x = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, pub.getW().getAffineX());
		byte[] y = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, pub.getW().getAffineY());
		System.arraycopy(x, 0, peerXY, 0, 32);
		System.arraycopy(y, 0, peerXY, 32, 32);
		Cli.Result ecdh = Cli.run(workspace, new DeviceEcdhCommand(), "emu-thing", "--slot", "2", "--peer",
				"04" + Hex.encode(peerXY));
		assertEquals(0, ecdh.exit(), ecdh.err());
		javax.crypto.KeyAgreement ka = javax.crypto.KeyAgreement.getInstance("ECDH");
		ka.init(peer.getPrivate());
		ka.doPhase(JdkEc.publicKey(Hex.decode(pubkey("emu-thing", 2))), true);
		assertEquals(Hex.encode(ka.generateSecret()), ecdh.out().strip());

		Cli.Result r1 = Cli.run(workspace, new DeviceRandomCommand(), "emu-thing");
		Cli.Result r2 = Cli.run(workspace, new DeviceRandomCommand(), "emu-thing");
		assertEquals(64, r1.out().strip().length());
		assertFalse(r1.out().equals(r2.out()));

		String before = pubkey("emu-thing", 0);
		Cli.Result gen = Cli.run(workspace, new DeviceGenkeyCommand(), "emu-thing", "--slot", "0");
		assertEquals(0, gen.exit(), gen.err());
		assertEquals(gen.out().strip(), pubkey("emu-thing", 0));
		assertFalse(before.equals(gen.out().strip()));
		Cli.Result refused = Cli.run(workspace, new DeviceGenkeyCommand(), "emu-root", "--slot", "3");
		assertEquals(1, refused.exit());
		assertTrue(refused.err().contains("execution error"), refused.err());
	}

	@Test
	void lockAsksUnlessYesAndIsIrreversible() {
		Cli.Result no = Cli.runWithInput(workspace, new DeviceLockCommand(), "n\n", "emu-thing", "--slot", "0");
		assertEquals(1, no.exit());
		assertTrue(no.err().contains("not locked"), no.err());
		Cli.Result yes = Cli.run(workspace, new DeviceLockCommand(), "emu-thing", "--slot", "0", "--yes");
		assertEquals(0, yes.exit(), yes.err());
		Cli.Result again = Cli.run(workspace, new DeviceLockCommand(), "emu-thing", "--slot", "0", "--yes");
		assertEquals(1, again.exit());
		Cli.Result gen = Cli.run(workspace, new DeviceGenkeyCommand(), "emu-thing", "--slot", "0");
		assertEquals(1, gen.exit(), "GenKey on a locked slot");
		Cli.Result usage = Cli.run(workspace, new DeviceLockCommand(), "emu-thing", "--config", "--data");
		assertEquals(2, usage.exit());
	}

	@Test
	void badArgumentsAreUsageErrors() {
		assertEquals(2, Cli.run(workspace, new DeviceSignCommand(), "emu-thing", "--slot", "0", "--digest", "abcd").exit());
		assertEquals(2, Cli.run(workspace, new DeviceSignCommand(), "emu-thing", "--slot", "16", "--digest",
				Hex.encode(new byte[32])).exit());
		assertEquals(2, Cli.run(workspace, new DevicePubkeyCommand(), "emu-thing").exit());
		Cli.Result unknown = Cli.run(workspace, new DeviceInfoCommand(), "no-such-kit");
		assertEquals(1, unknown.exit());
		assertTrue(unknown.err().contains("no device 'no-such-kit'"), unknown.err());
	}

	private String pubkey(String id, int slot) {
		Cli.Result r = Cli.run(workspace, new DevicePubkeyCommand(), id, "--slot", Integer.toString(slot));
		assertEquals(0, r.exit(), r.err());
		return r.out().strip();
	}
}
