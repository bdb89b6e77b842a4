package io.trustbench.tlsclient.core.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.trustbench.core.AtomicFiles;

/**
 * Writes pcapng (little-endian): a Section Header Block naming Trustbench, one Ethernet
 * Interface Description Block with microsecond timestamps, and an Enhanced Packet Block per frame.
 * Optionally a Decryption Secrets Block carrying the NSS key log, so tools that understand it
 * (Wireshark ≥ 3.0) decrypt the file without a separate key log.
 */
public final class PcapngWriter {

	private static final int SHB = 0x0A0D0D0A;
	private static final int IDB = 0x00000001;
	private static final int EPB = 0x00000006;
	private static final int DSB = 0x0000000A;
	private static final int DSB_TLS_KEY_LOG = 0x544c534b;
	private static final int LINKTYPE_ETHERNET = 1;

	private PcapngWriter() {
	}

	/** The pcapng bytes of a capture, with the key log embedded when {@code keyLog} is not null. */
	public static byte[] encode(TrafficCapture capture, String keyLog) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(block(SHB, shbBody()));
		out.writeBytes(block(IDB, idbBody()));
		if (keyLog != null && !keyLog.isEmpty()) {
			out.writeBytes(block(DSB, dsbBody(keyLog)));
		}
		List<TcpFrames.Frame> frames = TcpFrames.of(capture);
		for (TcpFrames.Frame frame : frames) {
			out.writeBytes(block(EPB, epbBody(frame)));
		}
		return out.toByteArray();
	}

	public static void write(Path file, TrafficCapture capture, String keyLog) throws IOException {
		AtomicFiles.write(file, encode(capture, keyLog));
	}

	private static byte[] shbBody() {
		ByteBuffer b = le(16 + option(4, "Trustbench tls connect".getBytes(StandardCharsets.UTF_8)).length + 4);
		b.putInt(0x1A2B3C4D);
		b.putShort((short) 1);
		b.putShort((short) 0);
		b.putLong(-1L);
		b.put(option(4, "Trustbench tls connect".getBytes(StandardCharsets.UTF_8)));
		b.putInt(0);
		return b.array();
	}

	private static byte[] idbBody() {
		ByteBuffer b = le(8);
		b.putShort((short) LINKTYPE_ETHERNET);
		b.putShort((short) 0);
		b.putInt(0);
		return b.array();
	}

	private static byte[] dsbBody(String keyLog) {
		byte[] secrets = keyLog.getBytes(StandardCharsets.US_ASCII);
		ByteBuffer b = le(8 + pad(secrets.length));
		b.putInt(DSB_TLS_KEY_LOG);
		b.putInt(secrets.length);
		b.put(secrets);
		return b.array();
	}

	private static byte[] epbBody(TcpFrames.Frame frame) {
		byte[] data = frame.bytes();
		ByteBuffer b = le(20 + pad(data.length));
		b.putInt(0);
		b.putInt((int) (frame.timeMicros() >>> 32));
		b.putInt((int) frame.timeMicros());
		b.putInt(data.length);
		b.putInt(data.length);
		b.put(data);
		return b.array();
	}

	private static byte[] option(int code, byte[] value) {
		ByteBuffer b = le(4 + pad(value.length));
		b.putShort((short) code);
		b.putShort((short) value.length);
		b.put(value);
		return b.array();
	}

	private static byte[] block(int type, byte[] body) {
		int length = 12 + body.length;
		ByteBuffer b = le(length);
		b.putInt(type);
		b.putInt(length);
		b.put(body);
		b.putInt(length);
		return b.array();
	}

	private static int pad(int n) {
		return (n + 3) & ~3;
	}

	private static ByteBuffer le(int size) {
		return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
	}
}
