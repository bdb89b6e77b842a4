package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.Zone;
import io.trustbench.secureelement.core.atca.AtcaCommands;
import io.trustbench.secureelement.core.atca.ChipStatus;
import io.trustbench.secureelement.core.atca.CommandPacket;
import io.trustbench.secureelement.core.atca.Crc16;
import io.trustbench.secureelement.core.atca.Opcode;
import io.trustbench.secureelement.core.atca.ResponsePacket;
import io.trustbench.secureelement.core.internal.emulator.ThingProfile;

/** The chip's status codes, zone rules, permissions and irreversible locks, packet by packet. */
class ChipRulesTest {

	private static final int PRIVATE_NO_EXTSIG = 0x2084; // ECDH only
	private static final int WRITE_ECDH = 0x208F;

	private static int dataAddress(int slot, int block, int word) {
		return AtcaCommands.address(Zone.DATA, slot, block, word);
	}

	/** Thing config, plus slot 5 = key without ExtSig, slot 6 = WriteECDH key (result into slot 7). */
	private static ChipBench bench() {
		byte[] config = new ThingProfile().config();
		ChipBench.setSlot(config, 5, PRIVATE_NO_EXTSIG, 0x0033);
		ChipBench.setSlot(config, 6, WRITE_ECDH, 0x0033);
		ChipBench.setSlot(config, 7, 0x0F0F, 0x003C);
		return new ChipBench(config);
	}

	@Test
	void malformedPacketsGetTheChipStatusCodes() {
		ChipBench chip = bench();
		byte[] info = AtcaCommands.info(0).encode();
		byte[] badCrc = info.clone();
		badCrc[5] ^= 0x55;
		assertEquals(ChipStatus.CRC_ERROR, chip.execRaw(badCrc).status());
		byte[] wrongCount = info.clone();
		wrongCount[0] = 9;
		assertEquals(ChipStatus.CRC_ERROR, chip.execRaw(wrongCount).status());
		assertEquals(ChipStatus.PARSE_ERROR, chip.execRaw(new byte[0]).status());
		assertEquals(ChipStatus.PARSE_ERROR, chip.status(new CommandPacket(0x7E, 0, 0)), "unknown opcode");
		assertEquals(ChipStatus.PARSE_ERROR, chip.status(new CommandPacket(Opcode.READ, 0x03, 0)), "zone 3");
		assertEquals(ChipStatus.PARSE_ERROR, chip.status(new CommandPacket(Opcode.READ, 0x80, 4 << 3)), "beyond config");
		assertEquals(ChipStatus.PARSE_ERROR, chip.status(new CommandPacket(Opcode.NONCE, 0x03, 0, new byte[31])));
		assertEquals(ChipStatus.PARSE_ERROR, chip.status(new CommandPacket(Opcode.WRITE, 0x00, 5 << 3, new byte[5])));
		assertEquals(ChipStatus.PARSE_ERROR, chip.status(new CommandPacket(Opcode.LOCK, 0x03, 0)));
		assertArrayEquals(new byte[] { 0, 0, 0x50, 0 }, chip.exec(AtcaCommands.info(0)).payload());
	}

	@Test
	void configLockIsCheckedByCrcAndIrreversible() {
		ChipBench chip = bench();
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.genKey(0x04, 0)), "GenKey before config lock");
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.lockDataWithoutCrc(), "data before config");
		byte[] random = chip.exec(AtcaCommands.random()).payload();
		assertEquals("ffff0000", Hex.encode(Arrays.copyOf(random, 4)), "fixed pattern before the config lock");
		assertEquals(ChipStatus.EXECUTION_ERROR,
				chip.status(AtcaCommands.write(Zone.CONFIG, 0, new byte[4])), "serial number is read-only");
		assertEquals(ChipStatus.EXECUTION_ERROR,
				chip.status(AtcaCommands.write(Zone.CONFIG, 2 << 3 | 5, new byte[4])), "lock bytes are not writable");
		assertEquals(ChipStatus.SUCCESS, chip.status(AtcaCommands.write(Zone.CONFIG, 2 << 3 | 3, new byte[] { 1, 2, 3, 4 })));
		int crc = Crc16.compute(chip.config());
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.lock(0x00, crc ^ 1)), "wrong summary CRC");
		assertEquals(ChipStatus.SUCCESS, chip.status(AtcaCommands.lock(0x00, crc)));
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.lock(0x80, 0)), "already locked");
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.write(Zone.CONFIG, 2 << 3 | 3, new byte[4])));
		assertEquals(0x00, chip.config()[87]);
		assertFalse(Arrays.equals(new byte[32], chip.exec(AtcaCommands.random()).payload()));
	}

	@Test
	void dataZoneRulesBeforeAndAfterTheDataLock() {
		ChipBench chip = bench();
		chip.lockConfig();
		byte[] block = new byte[32];
		Arrays.fill(block, (byte) 0x5A);
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.read(Zone.DATA, dataAddress(8, 0, 0), true)),
				"no data reads before the lock");
		assertEquals(ChipStatus.SUCCESS, chip.status(AtcaCommands.write(Zone.DATA, dataAddress(1, 0, 0), block)),
				"secret slot written in clear before the lock");
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.write(Zone.DATA, dataAddress(0, 0, 0), block)),
				"a private key is never written by Write");
		assertEquals(ChipStatus.PARSE_ERROR, chip.status(AtcaCommands.write(Zone.DATA, dataAddress(0, 2, 0), block)),
				"beyond a 36-byte slot");
		assertEquals(64, chip.exec(AtcaCommands.genKey(0x04, 0)).payload().length);

		int dataCrc = Crc16.compute(new byte[] { 1 });
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.lock(0x01, dataCrc)), "wrong data CRC");
		assertEquals(ChipStatus.SUCCESS, chip.lockDataWithoutCrc());
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.lockDataWithoutCrc(), "already locked");

		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.read(Zone.DATA, dataAddress(0, 0, 0), false)),
				"private key slot");
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.read(Zone.DATA, dataAddress(1, 0, 0), true)),
				"IsSecret slot");
		assertArrayEquals(new byte[32], chip.exec(AtcaCommands.read(Zone.DATA, dataAddress(8, 0, 0), true)).payload());
		assertEquals(ChipStatus.SUCCESS, chip.status(AtcaCommands.write(Zone.DATA, dataAddress(10, 2, 1), new byte[4])),
				"WriteConfig Always after the lock, 4-byte write at the end of a 72-byte slot");
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.write(Zone.DATA, dataAddress(1, 0, 0), block)),
				"WriteConfig Encrypt refuses clear writes after the lock");
		assertEquals(ChipStatus.SUCCESS, chip.status(AtcaCommands.genKey(0x04, 0)), "GenKey allowed by SlotConfig");
	}

	@Test
	void slotLocksAreIrreversible() {
		ChipBench chip = bench();
		chip.lockConfig();
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.lock(0x02 | 10 << 2 | 0x80, 0)), "needs data lock");
		chip.lockDataWithoutCrc();
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.lock(0x02 | 1 << 2 | 0x80, 0)), "not Lockable");
		byte[] contents = chip.exec(AtcaCommands.read(Zone.DATA, dataAddress(10, 0, 0), true)).payload();
		byte[] slot10 = new byte[72];
		System.arraycopy(contents, 0, slot10, 0, 32);
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.lock(0x02 | 10 << 2, Crc16.compute(slot10) ^ 7)));
		assertEquals(ChipStatus.SUCCESS, chip.status(AtcaCommands.lock(0x02 | 10 << 2, Crc16.compute(slot10))));
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.lock(0x02 | 10 << 2 | 0x80, 0)));
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.write(Zone.DATA, dataAddress(10, 0, 0), new byte[32])));
		byte[] config = chip.config();
		assertEquals(0xFBFF, (config[88] & 0xFF) | (config[89] & 0xFF) << 8);
		assertEquals(ChipStatus.SUCCESS, chip.status(AtcaCommands.lock(0x02 | 0 << 2 | 0x80, 0)));
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.genKey(0x04, 0)), "GenKey into a locked slot");
	}

	@Test
	void signNeedsTempKeyExtSigAndSleepLosesTempKey() throws Exception {
		ChipBench chip = bench();
		chip.lockConfig();
		byte[] publicKey = chip.exec(AtcaCommands.genKey(0x04, 0)).payload();
		chip.exec(AtcaCommands.genKey(0x04, 5));
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[] { 42 });
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.signExternal(0)), "no TempKey");
		chip.exec(AtcaCommands.noncePassThrough(digest));
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.signExternal(5)), "slot without ExtSig");
		chip.exec(AtcaCommands.noncePassThrough(digest));
		chip.chip.sleep();
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.signExternal(0)), "sleep clears TempKey");
		chip.exec(AtcaCommands.noncePassThrough(digest));
		byte[] rs = chip.exec(AtcaCommands.signExternal(0)).payload();
		assertTrue(JdkEc.verify(publicKey, digest, rs));
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.signExternal(0)), "Sign consumes TempKey");
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.signExternal(8)), "not a key slot");
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.signExternal(2)) , "no TempKey again");

		// Verify stored: the public key padded in slot 11 (P-256 public-key KeyConfig).
		byte[] padded = new byte[72];
		System.arraycopy(publicKey, 0, padded, 4, 32);
		System.arraycopy(publicKey, 32, padded, 40, 32);
		assertEquals(0, chip.status(AtcaCommands.write(Zone.DATA, dataAddress(11, 0, 0), Arrays.copyOfRange(padded, 0, 32))));
		assertEquals(0, chip.status(AtcaCommands.write(Zone.DATA, dataAddress(11, 1, 0), Arrays.copyOfRange(padded, 32, 64))));
		assertEquals(0, chip.status(AtcaCommands.write(Zone.DATA, dataAddress(11, 2, 0), Arrays.copyOfRange(padded, 64, 68))));
		assertEquals(0, chip.status(AtcaCommands.write(Zone.DATA, dataAddress(11, 2, 1), Arrays.copyOfRange(padded, 68, 72))));
		chip.exec(AtcaCommands.noncePassThrough(digest));
		assertEquals(ChipStatus.SUCCESS, chip.status(new CommandPacket(Opcode.VERIFY, 0x00, 11, rs)));
		chip.exec(AtcaCommands.noncePassThrough(new byte[32]));
		assertEquals(ChipStatus.MISCOMPARE, chip.status(new CommandPacket(Opcode.VERIFY, 0x00, 11, rs)));
	}

	@Test
	void ecdhInClearOrIntoTheNextSlot() {
		ChipBench chip = bench();
		chip.lockConfig();
		chip.exec(AtcaCommands.genKey(0x04, 2));
		byte[] peer = chip.exec(AtcaCommands.genKey(0x04, 6)).payload();
		byte[] shared = chip.exec(AtcaCommands.ecdh(2, peer)).payload();
		assertEquals(32, shared.length);
		ResponsePacket stored = chip.exec(AtcaCommands.ecdh(6, peer));
		assertTrue(stored.isStatusOnly());
		assertEquals(ChipStatus.SUCCESS, stored.status());
		chip.lockDataWithoutCrc();
		byte[] slot7 = chip.exec(AtcaCommands.read(Zone.DATA, dataAddress(7, 0, 0), true)).payload();
		assertFalse(Arrays.equals(new byte[32], slot7), "WriteECDH put the secret into slot 7");
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.ecdh(0 + 10, peer)), "not a key slot");
		byte[] offCurve = peer.clone();
		offCurve[63] ^= 1;
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.ecdh(2, offCurve)), "point not on the curve");
	}

	@Test
	void shaMatchesTheJdkAcrossBlockBoundaries() throws Exception {
		ChipBench chip = bench();
		for (int length : new int[] { 0, 1, 63, 64, 65, 128, 200 }) {
			byte[] data = new byte[length];
			for (int i = 0; i < length; i++) {
				data[i] = (byte) (i * 7 + length);
			}
			chip.exec(AtcaCommands.sha(0x00, new byte[0]));
			int pos = 0;
			while (length - pos >= 64) {
				assertEquals(0, chip.status(AtcaCommands.sha(0x01, Arrays.copyOfRange(data, pos, pos + 64))));
				pos += 64;
			}
			byte[] digest = chip.exec(AtcaCommands.sha(0x02, Arrays.copyOfRange(data, pos, length))).payload();
			assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(data), digest, "length " + length);
		}
		assertEquals(ChipStatus.EXECUTION_ERROR, chip.status(AtcaCommands.sha(0x02, new byte[0])), "end without start");
	}

	@Test
	void onlyMemoryChangesArePersisted() {
		ChipBench chip = bench();
		chip.lockConfig();
		int afterLock = chip.persists;
		assertEquals(1, afterLock);
		chip.exec(AtcaCommands.genKey(0x04, 0));
		assertEquals(2, chip.persists, "a new key is persisted before the reply");
		chip.exec(AtcaCommands.genKey(0x00, 0));
		chip.exec(AtcaCommands.info(0));
		chip.exec(AtcaCommands.noncePassThrough(new byte[32]));
		chip.exec(AtcaCommands.signExternal(0));
		chip.status(AtcaCommands.write(Zone.CONFIG, 2 << 3 | 3, new byte[4]));
		assertEquals(2, chip.persists, "reads, signatures and refused writes change nothing");
	}

	@Test
	void timingModeTakesTheChipsTypicalTimes() {
		ChipBench chip = bench();
		chip.lockConfig();
		chip.chip.setTiming(true);
		long start = System.nanoTime();
		chip.exec(AtcaCommands.genKey(0x04, 0));
		long genKeyMillis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(genKeyMillis >= 115, "GenKey took " + genKeyMillis + " ms");
		chip.chip.setTiming(false);
		start = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			chip.exec(AtcaCommands.info(0));
		}
		assertTrue((System.nanoTime() - start) / 1_000_000 < 40 * 2, "no delays without timing");
	}
}
