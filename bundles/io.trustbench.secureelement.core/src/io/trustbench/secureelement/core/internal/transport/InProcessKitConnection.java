package io.trustbench.secureelement.core.internal.transport;

import java.io.IOException;
import java.time.Duration;

import io.trustbench.secureelement.core.internal.emulator.EmulatedKit;
import io.trustbench.secureelement.core.kit.HidFraming;
import io.trustbench.secureelement.core.kit.KitConnection;
import io.trustbench.secureelement.core.kit.KitEndpoint;

/**
 * A connection to an emulated kit in this JVM. Lines still travel as 64-byte HID reports for
 * the dongles, so the framing code runs on every emulated exchange, not only with hardware.
 */
final class InProcessKitConnection implements KitConnection {

	private final KitEndpoint endpoint;
	private final EmulatedKit kit;
	private final boolean hidFraming;
	private volatile boolean closed;

	InProcessKitConnection(KitEndpoint endpoint, EmulatedKit kit, boolean hidFraming) {
		this.endpoint = endpoint;
		this.kit = kit;
		this.hidFraming = hidFraming;
	}

	@Override
	public KitEndpoint endpoint() {
		return endpoint;
	}

	@Override
	public String transact(String commandLine, Duration timeout) throws IOException {
		if (closed) {
			throw new IOException("connection to " + endpoint.id() + " is closed");
		}
		String line = hidFraming ? throughReports(commandLine) : commandLine;
		String reply = kit.handle(line);
		return hidFraming ? throughReports(reply) : reply;
	}

	private static String throughReports(String line) throws IOException {
		HidFraming.Assembler assembler = new HidFraming.Assembler();
		for (byte[] report : HidFraming.reports(line)) {
			if (assembler.add(report, report.length)) {
				break;
			}
		}
		return assembler.line();
	}

	@Override
	public void close() {
		closed = true;
	}
}
