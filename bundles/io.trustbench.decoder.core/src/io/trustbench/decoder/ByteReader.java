package io.trustbench.decoder;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.function.IntFunction;

/**
 * A cursor over part of a {@link DataSource} with helpers that read a value and add its field in
 * one step. Reading past the limit throws {@link MalformedException} at the offending offset.
 */
public final class ByteReader {

	private static final HexFormat HEX = HexFormat.of();

	private final DataSource source;
	private final byte[] b;
	private int pos;
	private final int limit;

	public ByteReader(DataSource source, int offset, int length) {
		this.source = source;
		this.b = source.bytes();
		this.pos = offset;
		this.limit = offset + length;
		if (offset < 0 || length < 0 || limit > b.length) {
			throw new MalformedException("range outside the data", offset);
		}
	}

	public DataSource source() {
		return source;
	}

	public int position() {
		return pos;
	}

	public int limit() {
		return limit;
	}

	public int remaining() {
		return limit - pos;
	}

	public boolean hasRemaining() {
		return pos < limit;
	}

	private void need(int n, String what) {
		if (n < 0 || limit - pos < n) {
			throw new MalformedException(what + " needs " + n + " bytes, " + (limit - pos) + " left", pos);
		}
	}

	public int u8() {
		need(1, "uint8");
		return b[pos++] & 0xff;
	}

	public int u16() {
		need(2, "uint16");
		int v = ((b[pos] & 0xff) << 8) | (b[pos + 1] & 0xff);
		pos += 2;
		return v;
	}

	public int u24() {
		need(3, "uint24");
		int v = ((b[pos] & 0xff) << 16) | ((b[pos + 1] & 0xff) << 8) | (b[pos + 2] & 0xff);
		pos += 3;
		return v;
	}

	public long u32() {
		need(4, "uint32");
		long v = ((long) (b[pos] & 0xff) << 24) | ((b[pos + 1] & 0xff) << 16) | ((b[pos + 2] & 0xff) << 8)
				| (b[pos + 3] & 0xff);
		pos += 4;
		return v;
	}

	public int peekU8(int ahead) {
		need(ahead + 1, "uint8");
		return b[pos + ahead] & 0xff;
	}

	public byte[] bytes(int n) {
		need(n, "bytes");
		byte[] out = new byte[n];
		System.arraycopy(b, pos, out, 0, n);
		pos += n;
		return out;
	}

	public void skip(int n) {
		need(n, "skip");
		pos += n;
	}

	/** A reader over the next {@code n} bytes; this reader moves past them. */
	public ByteReader slice(int n, String what) {
		need(n, what);
		ByteReader r = new ByteReader(source, pos, n);
		pos += n;
		return r;
	}

	/** Reads an unsigned integer of {@code size} bytes and adds its field. */
	public int uint(Field parent, int size, String name, String label, ValueFormat format, IntFunction<String> names) {
		int start = pos;
		int v = switch (size) {
		case 1 -> u8();
		case 2 -> u16();
		case 3 -> u24();
		default -> (int) u32();
		};
		if (parent.discards()) {
			return v;
		}
		parent.add(Field.number(name, () -> format.display(label, v, size, names), v, size, format, source, start, size));
		return v;
	}

	public int uint(Field parent, int size, String name, String label, ValueFormat format) {
		return uint(parent, size, name, label, format, null);
	}

	/** Reads {@code n} bytes and adds a bytes field (value lower-case hex, as tshark prints it). */
	public byte[] bytesField(Field parent, int n, String name, String label) {
		int start = pos;
		byte[] v = bytes(n);
		if (!parent.discards()) {
			parent.add(new Field(name, () -> label + ": " + abbreviate(HEX.formatHex(v)), () -> HEX.formatHex(v), source,
					start, n));
		}
		return v;
	}

	/** Reads {@code n} bytes as an ASCII/UTF-8 string field. */
	public String stringField(Field parent, int n, String name, String label) {
		int start = pos;
		String v = new String(bytes(n), StandardCharsets.UTF_8);
		parent.add(new Field(name, () -> label + ": " + v, v, source, start, n));
		return v;
	}

	/** A text-only subtree node covering the next {@code n} bytes (not consumed). */
	public Field subtree(Field parent, String name, String display, int n) {
		if (parent.discards()) {
			return parent;
		}
		return parent.add(new Field(name, display, null, source, pos, Math.max(0, Math.min(n, limit - pos))));
	}

	public static String abbreviate(String hex) {
		return hex.length() <= 48 ? hex : hex.substring(0, 48) + "…";
	}
}
