package io.trustbench.decoder.capture;

import java.io.IOException;

/** The file is not a pcap/pcapng capture, or is damaged beyond the last good packet. */
public class CaptureFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	public CaptureFormatException(String message) {
		super(message);
	}
}
