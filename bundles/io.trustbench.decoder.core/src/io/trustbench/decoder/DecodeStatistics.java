package io.trustbench.decoder;

/**
 * Counters kept while decoding a capture, for {@code --stats} and the benchmark. Plain fields
 * because they are bumped on every packet by one decoding thread.
 */
public final class DecodeStatistics {
	public long frames;
	public long bytes;
	public long ipFragments;
	public long tcpSegments;
	public long tcpRetransmissions;
	public long tcpOutOfOrder;
	public long tcpGaps;
	public long tcpConnections;
	public long tlsFrames;
	public long tlsRecords;
	public long tlsHandshakeMessages;
	public long tlsDecryptedRecords;
	public long tlsUndecryptableRecords;
	public long malformed;

	/** Adds another pass's counters (of a disjoint set of connections) to these. */
	public void add(DecodeStatistics o) {
		frames += o.frames;
		bytes += o.bytes;
		ipFragments += o.ipFragments;
		tcpSegments += o.tcpSegments;
		tcpRetransmissions += o.tcpRetransmissions;
		tcpOutOfOrder += o.tcpOutOfOrder;
		tcpGaps += o.tcpGaps;
		tcpConnections += o.tcpConnections;
		tlsFrames += o.tlsFrames;
		tlsRecords += o.tlsRecords;
		tlsHandshakeMessages += o.tlsHandshakeMessages;
		tlsDecryptedRecords += o.tlsDecryptedRecords;
		tlsUndecryptableRecords += o.tlsUndecryptableRecords;
		malformed += o.malformed;
	}

	@Override
	public String toString() {
		return "frames=" + frames + " bytes=" + bytes + " tcpConnections=" + tcpConnections + " tcpSegments="
				+ tcpSegments + " retransmissions=" + tcpRetransmissions + " outOfOrder=" + tcpOutOfOrder + " gaps="
				+ tcpGaps + " ipFragments=" + ipFragments + " tlsFrames=" + tlsFrames + " tlsRecords=" + tlsRecords
				+ " handshakes=" + tlsHandshakeMessages + " decrypted=" + tlsDecryptedRecords + " undecryptable="
				+ tlsUndecryptableRecords + " malformed=" + malformed;
	}
}
