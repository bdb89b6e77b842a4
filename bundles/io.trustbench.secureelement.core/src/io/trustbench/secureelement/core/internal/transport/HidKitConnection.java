package io.trustbench.secureelement.core.internal.transport;

import java.io.IOException;
import java.time.Duration;

import org.hid4java.HidDevice;

import io.trustbench.secureelement.core.kit.HidFraming;
import io.trustbench.secureelement.core.kit.KitConnection;
import io.trustbench.secureelement.core.kit.KitEndpoint;
import io.trustbench.secureelement.core.kit.KitTimeoutException;

/** One open HID kit: report ID 0 + 64-byte reports out, 64-byte reports in until a newline. */
final class HidKitConnection implements KitConnection {

	private final KitEndpoint endpoint;
	private final HidDevice device;

	HidKitConnection(KitEndpoint endpoint, HidDevice device) {
		this.endpoint = endpoint;
		this.device = device;
	}

	@Override
	public KitEndpoint endpoint() {
		return endpoint;
	}

	@Override
	public synchronized String transact(String commandLine, Duration timeout) throws IOException {
		if (device.isClosed()) {
			throw new IOException(endpoint.id() + " is closed");
		}
		for (byte[] report : HidFraming.reports(commandLine)) {
			if (device.write(report, HidFraming.REPORT_SIZE, (byte) 0) < 0) {
				throw new IOException("writing to " + endpoint.id() + " failed (" + device.getLastErrorMessage()
						+ "); unplugged?");
			}
		}
		HidFraming.Assembler assembler = new HidFraming.Assembler();
		long deadline = System.nanoTime() + timeout.toNanos();
		byte[] report = new byte[HidFraming.REPORT_SIZE];
		while (!assembler.complete()) {
			long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
			if (remainingMillis <= 0) {
				throw new KitTimeoutException("no complete reply to " + commandLine.split("\\(")[0]);
			}
			int n = device.read(report, (int) Math.min(remainingMillis, 250));
			if (n < 0) {
				throw new IOException("reading from " + endpoint.id() + " failed (" + device.getLastErrorMessage()
						+ "); unplugged?");
			}
			assembler.add(report, n);
		}
		return assembler.line();
	}

	@Override
	public void close() {
		device.close();
	}
}
