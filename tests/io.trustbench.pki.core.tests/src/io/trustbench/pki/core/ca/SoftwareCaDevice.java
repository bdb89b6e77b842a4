package io.trustbench.pki.core.ca;

import java.security.KeyPair;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.pki.core.TestKeys;

/** A CA device in memory for tests: a software key and 72-byte slots. */
final class SoftwareCaDevice implements CaDevice {

	private final String id;
	private final KeyPair key;
	final Map<Integer, byte[]> slots = new HashMap<>();
	int signatures;

	SoftwareCaDevice(String id, long seed) {
		this.id = id;
		this.key = TestKeys.generate(seed);
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public byte[] publicKey(IProgressMonitor monitor) {
		return TestKeys.raw(key);
	}

	@Override
	public byte[] sign(byte[] digest, IProgressMonitor monitor) {
		signatures++;
		return TestKeys.signDigest(key, digest);
	}

	@Override
	public String description() {
		return id + " slot 3";
	}

	@Override
	public byte[] read(int slot, int offset, int length, IProgressMonitor monitor) {
		return Arrays.copyOfRange(slots.getOrDefault(slot, new byte[72]), offset, offset + length);
	}

	@Override
	public void write(int slot, int offset, byte[] data, IProgressMonitor monitor) {
		byte[] content = slots.computeIfAbsent(slot, s -> new byte[72]);
		System.arraycopy(data, 0, content, offset, data.length);
	}
}
