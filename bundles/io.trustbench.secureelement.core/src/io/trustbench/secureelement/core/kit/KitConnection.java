package io.trustbench.secureelement.core.kit;

import java.io.IOException;
import java.time.Duration;

/**
 * An open line channel to one kit. {@link #transact} writes one command line and returns the
 * reply line; it never blocks longer than the timeout (an unplugged or silent kit gives a
 * {@link KitTimeoutException}). Framing (64-byte HID reports, CDC chunks) is the transport's job.
 */
public interface KitConnection extends AutoCloseable {

	KitEndpoint endpoint();

	/**
	 * @param commandLine a kit command without the trailing newline, e.g. {@code b:f(00)}
	 * @return the reply line without the trailing newline and padding, e.g. {@code ATSAMG55 00(010109)}
	 */
	String transact(String commandLine, Duration timeout) throws IOException;

	@Override
	void close();
}
