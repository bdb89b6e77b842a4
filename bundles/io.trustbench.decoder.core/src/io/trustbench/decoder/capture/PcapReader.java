package io.trustbench.decoder.capture;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;

/** Classic libpcap files: either byte order, micro- or nanosecond time stamps. */
public final class PcapReader implements CaptureReader {

	static final int MAGIC_MICRO = 0xa1b2c3d4;
	static final int MAGIC_NANO = 0xa1b23c4d;
	/** Records larger than this are damage, not data (tshark refuses them too). */
	private static final int MAX_RECORD = 262144;

	private final FileInput in;
	private final int linkType;
	private final boolean nanos;
	private boolean truncated;

	public PcapReader(Path path) throws IOException {
		in = new FileInput(path);
		try {
			in.order(ByteOrder.BIG_ENDIAN);
			int magic = in.int32();
			if (magic == MAGIC_MICRO || magic == MAGIC_NANO) {
				in.order(ByteOrder.BIG_ENDIAN);
			} else if (Integer.reverseBytes(magic) == MAGIC_MICRO || Integer.reverseBytes(magic) == MAGIC_NANO) {
				in.order(ByteOrder.LITTLE_ENDIAN);
				magic = Integer.reverseBytes(magic);
			} else {
				throw new CaptureFormatException("not a pcap file (magic " + Integer.toHexString(magic) + ")");
			}
			nanos = magic == MAGIC_NANO;
			in.skip(2 + 2 + 4 + 4 + 4); // versions, thiszone, sigfigs, snaplen
			linkType = in.int32() & 0x0fffffff; // upper bits carry FCS information
		} catch (EOFException e) {
			in.close();
			throw new CaptureFormatException("pcap file header is truncated");
		} catch (IOException e) {
			in.close();
			throw e;
		}
	}

	@Override
	public RawPacket next() throws IOException {
		if (truncated) {
			return null;
		}
		long offset = in.position();
		if (!in.ensure(16)) {
			truncated = in.ensure(1);
			return null;
		}
		return read(offset);
	}

	private RawPacket read(long offset) throws IOException {
		long seconds = in.int32() & 0xffffffffL;
		long fraction = in.int32() & 0xffffffffL;
		int captured = in.int32();
		int original = in.int32();
		if (captured < 0 || captured > MAX_RECORD) {
			throw new CaptureFormatException("pcap record at offset " + offset + " claims " + captured + " bytes");
		}
		byte[] data = new byte[captured];
		try {
			in.readFully(data, 0, captured);
		} catch (EOFException e) {
			truncated = true;
			return null;
		}
		long nanosValue = seconds * 1_000_000_000L + (nanos ? fraction : fraction * 1000L);
		return new RawPacket(offset, 0, linkType, nanosValue, original, data);
	}

	@Override
	public RawPacket readAt(long fileOffset) throws IOException {
		in.seek(fileOffset);
		if (!in.ensure(16)) {
			throw new EOFException("no packet at offset " + fileOffset);
		}
		return read(fileOffset);
	}

	@Override
	public boolean truncated() {
		return truncated;
	}

	@Override
	public String format() {
		return "pcap";
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
