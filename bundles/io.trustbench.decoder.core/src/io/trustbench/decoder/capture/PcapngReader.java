package io.trustbench.decoder.capture;

import java.io.EOFException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * pcapng: sections (SHB) in either byte order, any number of interfaces (IDB, with their time
 * stamp resolution and offset), enhanced/simple/obsolete packet blocks and Decryption Secrets
 * Blocks (TLS key logs, as written by {@code editcap --inject-secrets}). Other blocks are skipped.
 */
public final class PcapngReader implements CaptureReader {

	static final int SHB = 0x0A0D0D0A;
	private static final int IDB = 1;
	private static final int OPB = 2;
	private static final int SPB = 3;
	private static final int EPB = 6;
	private static final int DSB = 0x0A;
	private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
	private static final int SECRETS_TLS_KEYLOG = 0x544c534b;
	private static final int MAX_BLOCK = 16 * 1024 * 1024;

	private record Interface(int linkType, int snapLength, long unitsPerSecond, long offsetSeconds) {
	}

	/** A section: where it starts, its byte order and the interfaces it declares. */
	private record Section(long start, ByteOrder order, List<Interface> interfaces) {
	}

	private final FileInput in;
	private final List<Section> sections = new ArrayList<>();
	private List<Interface> interfaces = new ArrayList<>();
	private Consumer<String> secrets = s -> {
	};
	private boolean truncated;

	public PcapngReader(Path path) throws IOException {
		in = new FileInput(path);
		try {
			in.order(ByteOrder.BIG_ENDIAN);
			if (in.int32() != SHB) {
				throw new CaptureFormatException("not a pcapng file");
			}
			in.seek(0);
		} catch (EOFException e) {
			in.close();
			throw new CaptureFormatException("pcapng file is empty");
		}
	}

	@Override
	public void onSecrets(Consumer<String> keyLogText) {
		this.secrets = keyLogText;
	}

	@Override
	public RawPacket next() throws IOException {
		while (!truncated) {
			long offset = in.position();
			if (!in.ensure(12)) {
				truncated = in.ensure(1);
				return null;
			}
			RawPacket packet;
			try {
				packet = readBlock(offset, true);
			} catch (EOFException e) {
				truncated = true;
				return null;
			}
			if (packet != null) {
				return packet;
			}
		}
		return null;
	}

	@Override
	public RawPacket readAt(long fileOffset) throws IOException {
		List<Interface> current = interfaces;
		ByteOrder order = in.order();
		try {
			for (int i = sections.size() - 1; i >= 0; i--) {
				if (sections.get(i).start() <= fileOffset) {
					interfaces = sections.get(i).interfaces();
					in.order(sections.get(i).order());
					break;
				}
			}
			in.seek(fileOffset);
			RawPacket packet = readBlock(fileOffset, false);
			if (packet == null) {
				throw new CaptureFormatException("no packet block at offset " + fileOffset);
			}
			return packet;
		} finally {
			interfaces = current;
			in.order(order);
		}
	}

	private RawPacket readBlock(long offset, boolean sequential) throws IOException {
		int type = in.int32();
		if (type == SHB) {
			readSectionHeader(offset);
			return null;
		}
		int totalLength = in.int32();
		if (totalLength < 12 || totalLength > MAX_BLOCK || (totalLength & 3) != 0) {
			throw new CaptureFormatException("pcapng block at offset " + offset + " has bad length " + totalLength);
		}
		if (!in.ensure(totalLength - 8)) {
			throw new EOFException();
		}
		int bodyLength = totalLength - 12;
		RawPacket packet = null;
		switch (type) {
		case IDB -> {
			if (sequential) {
				interfaces.add(readInterface(bodyLength));
			}
		}
		case EPB -> packet = readEnhanced(offset, bodyLength);
		case SPB -> packet = readSimple(offset, bodyLength);
		case OPB -> packet = readObsolete(offset, bodyLength);
		case DSB -> {
			if (sequential) {
				readSecrets(bodyLength);
			}
		}
		default -> {
		}
		}
		in.seek(offset + totalLength);
		return packet;
	}

	private void readSectionHeader(long offset) throws IOException {
		ByteOrder order = in.order();
		int length = in.int32();
		int magic = in.int32();
		if (magic == BYTE_ORDER_MAGIC) {
			// order already right
		} else if (Integer.reverseBytes(magic) == BYTE_ORDER_MAGIC) {
			order = order == ByteOrder.BIG_ENDIAN ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
			in.order(order);
			length = Integer.reverseBytes(length);
		} else {
			throw new CaptureFormatException("pcapng section header at offset " + offset + " has a bad byte-order magic");
		}
		if (length < 28 || length > MAX_BLOCK) {
			throw new CaptureFormatException("pcapng section header at offset " + offset + " has bad length " + length);
		}
		interfaces = new ArrayList<>();
		sections.add(new Section(offset, order, interfaces));
		in.seek(offset + length);
	}

	private Interface readInterface(int bodyLength) throws IOException {
		int linkType = in.uint16();
		in.uint16();
		int snap = in.int32();
		long unitsPerSecond = 1_000_000L;
		long offsetSeconds = 0;
		int remaining = bodyLength - 8;
		while (remaining >= 4) {
			int code = in.uint16();
			int len = in.uint16();
			remaining -= 4;
			if (code == 0 || len > remaining) {
				break;
			}
			int padded = (len + 3) & ~3;
			if (code == 9 && len >= 1) {
				byte[] v = new byte[padded];
				in.readFully(v, 0, padded);
				int res = v[0] & 0xff;
				unitsPerSecond = (res & 0x80) == 0 ? pow10(res & 0x7f) : 1L << Math.min(62, res & 0x7f);
			} else if (code == 14 && len == 8) {
				offsetSeconds = in.int64();
			} else {
				in.skip(padded);
			}
			remaining -= padded;
		}
		return new Interface(linkType, snap, unitsPerSecond, offsetSeconds);
	}

	private static long pow10(int exponent) {
		long v = 1;
		for (int i = 0; i < Math.min(exponent, 18); i++) {
			v *= 10;
		}
		return v;
	}

	private RawPacket readEnhanced(long offset, int bodyLength) throws IOException {
		int interfaceId = in.int32();
		long high = in.int32() & 0xffffffffL;
		long low = in.int32() & 0xffffffffL;
		int captured = in.int32();
		int original = in.int32();
		if (captured < 0 || captured > bodyLength - 20) {
			throw new CaptureFormatException("pcapng packet at offset " + offset + " has bad captured length " + captured);
		}
		return packet(offset, interfaceId, (high << 32) | low, captured, original);
	}

	private RawPacket readObsolete(long offset, int bodyLength) throws IOException {
		int interfaceId = in.uint16();
		in.uint16();
		long high = in.int32() & 0xffffffffL;
		long low = in.int32() & 0xffffffffL;
		int captured = in.int32();
		int original = in.int32();
		if (captured < 0 || captured > bodyLength - 20) {
			throw new CaptureFormatException("pcapng packet at offset " + offset + " has bad captured length " + captured);
		}
		return packet(offset, interfaceId, (high << 32) | low, captured, original);
	}

	private RawPacket readSimple(long offset, int bodyLength) throws IOException {
		int original = in.int32();
		Interface iface = interfaceOrFail(0, offset);
		int captured = Math.min(original, bodyLength - 4);
		if (iface.snapLength() > 0) {
			captured = Math.min(captured, iface.snapLength());
		}
		if (captured < 0) {
			throw new CaptureFormatException("pcapng simple packet at offset " + offset + " is malformed");
		}
		byte[] data = new byte[captured];
		in.readFully(data, 0, captured);
		return new RawPacket(offset, 0, iface.linkType(), 0, original, data);
	}

	private RawPacket packet(long offset, int interfaceId, long units, int captured, int original)
			throws IOException {
		Interface iface = interfaceOrFail(interfaceId, offset);
		byte[] data = new byte[captured];
		in.readFully(data, 0, captured);
		return new RawPacket(offset, interfaceId, iface.linkType(), toNanos(units, iface), original, data);
	}

	private Interface interfaceOrFail(int id, long offset) throws CaptureFormatException {
		if (id < 0 || id >= interfaces.size()) {
			throw new CaptureFormatException("pcapng packet at offset " + offset + " names unknown interface " + id);
		}
		return interfaces.get(id);
	}

	private static long toNanos(long units, Interface iface) {
		long perSecond = iface.unitsPerSecond();
		long seconds = Long.divideUnsigned(units, perSecond);
		long rest = Long.remainderUnsigned(units, perSecond);
		long nanos = perSecond == 1_000_000_000L ? rest
				: BigInteger.valueOf(rest).multiply(BigInteger.valueOf(1_000_000_000L))
						.divide(BigInteger.valueOf(perSecond)).longValue();
		return (seconds + iface.offsetSeconds()) * 1_000_000_000L + nanos;
	}

	private void readSecrets(int bodyLength) throws IOException {
		int type = in.int32();
		int length = in.int32();
		if (length < 0 || length > bodyLength - 8) {
			return;
		}
		byte[] data = new byte[length];
		in.readFully(data, 0, length);
		if (type == SECRETS_TLS_KEYLOG) {
			secrets.accept(new String(data, StandardCharsets.UTF_8));
		}
	}

	@Override
	public boolean truncated() {
		return truncated;
	}

	@Override
	public String format() {
		return "pcapng";
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
