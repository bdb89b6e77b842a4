package io.trustbench.decoder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything decoded for one frame: the field tree (roots in protocol order, offsets relative to
 * {@link #sources()}), the summary row and whether TLS was dissected in it.
 */
public final class DecodedFrame {

	private final int number;
	private final long timestampNanos;
	private final int originalLength;
	private final DataSource frameBytes;
	private final List<DataSource> extraSources = new ArrayList<>(0);
	private final List<Field> roots = new ArrayList<>(6);
	private io.trustbench.decoder.net.IpPacket addresses;
	private String protocol = "";
	private final StringBuilder info = new StringBuilder();
	private java.util.function.Supplier<String> lazyInfo;
	private boolean carriesTls;
	private boolean malformed;
	private boolean discardFields;
	private boolean infoIsTls;

	public DecodedFrame(int number, long timestampNanos, int originalLength, byte[] bytes) {
		this.number = number;
		this.timestampNanos = timestampNanos;
		this.originalLength = originalLength;
		this.frameBytes = DataSource.sized("Frame", bytes);
	}

	public int number() {
		return number;
	}

	public long timestampNanos() {
		return timestampNanos;
	}

	public int originalLength() {
		return originalLength;
	}

	/** The captured bytes; fields with this source have offsets into the frame. */
	public DataSource frameSource() {
		return frameBytes;
	}

	/** The frame first, then reassembled/decrypted buffers in the order they were made. */
	public List<DataSource> sources() {
		List<DataSource> all = new ArrayList<>(1 + extraSources.size());
		all.add(frameBytes);
		all.addAll(extraSources);
		return all;
	}

	public DataSource addSource(String name, byte[] bytes) {
		DataSource ds = DataSource.sized(name, bytes);
		extraSources.add(ds);
		return ds;
	}

	/** Adds a protocol's tree; in a counting pass ({@link #discardFields()}) returns {@link Field#DISCARD}. */
	public Field addRoot(Field root) {
		if (discardFields) {
			return Field.DISCARD;
		}
		roots.add(root);
		return root;
	}

	/** Makes this frame keep no fields (a pass that only counts); set before dissection starts. */
	public void discardFields() {
		discardFields = true;
	}

	public boolean discardsFields() {
		return discardFields;
	}

	/** Inserts lower-layer trees before the ones higher layers added while they were being built. */
	public void insertRoots(int index, List<Field> fields) {
		roots.addAll(index, fields);
	}

	public List<Field> roots() {
		return Collections.unmodifiableList(roots);
	}

	/** Values of every field named {@code name} in tree order (tshark's occurrence order). */
	public List<String> values(String name) {
		List<String> out = new ArrayList<>(2);
		for (Field root : roots) {
			root.collect(name, out);
		}
		return out;
	}

	/** True when any field (valued or not) has this name, e.g. {@code tls} or {@code tls.handshake}. */
	public boolean has(String name) {
		for (Field root : roots) {
			if (root.find(name) != null) {
				return true;
			}
		}
		return false;
	}

	/** The frame's network addresses (their text is made only for the summary). */
	public void setAddresses(io.trustbench.decoder.net.IpPacket addresses) {
		this.addresses = addresses;
	}

	public String protocol() {
		return protocol;
	}

	public void setProtocol(String protocol) {
		this.protocol = protocol;
	}

	/** Replaces the info column text (lower layers set it, higher layers replace it). */
	public void setInfo(String text) {
		lazyInfo = null;
		info.setLength(0);
		info.append(text);
	}

	/** Info text computed only if the summary is asked for (lower layers, on every packet). */
	public void setInfo(java.util.function.Supplier<String> text) {
		info.setLength(0);
		lazyInfo = text;
	}

	/** Appends to the info column, comma separated like Wireshark does for several TLS messages. */
	public void appendInfo(String text, boolean replaceLowerLayer) {
		if (replaceLowerLayer) {
			lazyInfo = null;
			info.setLength(0);
		} else if (info.length() > 0) {
			info.append(", ");
		}
		info.append(text);
	}

	/** True once a TLS message wrote the info column (later ones append to it). */
	public boolean infoIsTls() {
		return infoIsTls;
	}

	public void markInfoTls() {
		infoIsTls = true;
	}

	/** Set when a dissector added a {@link DissectorContext#MALFORMED} field to this frame. */
	public void markMalformed() {
		malformed = true;
	}

	public boolean malformed() {
		return malformed;
	}

	public void markTls() {
		carriesTls = true;
	}

	/** True when the TLS dissector ran on this frame (tshark's {@code -Y tls} matches it). */
	public boolean carriesTls() {
		return carriesTls;
	}

	public PacketSummary summary(long firstTimestampNanos) {
		String source = addresses == null ? "" : addresses.sourceText();
		String destination = addresses == null ? "" : addresses.destinationText();
		return new PacketSummary(number, (timestampNanos - firstTimestampNanos) / 1e9, source, destination,
				protocol, originalLength, lazyInfo != null ? lazyInfo.get() : info.toString());
	}
}
