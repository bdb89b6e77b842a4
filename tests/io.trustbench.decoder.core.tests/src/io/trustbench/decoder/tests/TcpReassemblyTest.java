package io.trustbench.decoder.tests;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.FieldValues;
import io.trustbench.decoder.PacketDecoder;
import io.trustbench.decoder.capture.RawPacket;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * TCP reassembly with out-of-order, duplicated, overlapping and missing segments, built from a
 * real TLS 1.3 conversation (tls13-hrr-chacha, decrypted): whatever the segment order, the TLS
 * fields decoded must be those of the clean stream; a hole is reported and decoding resumes.
 */
class TcpReassemblyTest {

	private static final String[] SIDES = { "10.0.0.1", "10.0.0.2" };

	/** Per captured segment with payload: its direction and end offset in that direction's stream. */
	private static final List<int[]> FRAME_ENDS = new ArrayList<>();

	/** Payload of each direction of the first TCP connection of the capture. */
	private static byte[][] streams() throws Exception {
		FRAME_ENDS.clear();
		List<byte[]> ips = new ArrayList<>();
		CaptureFormatsTest.readIp(Oracles.pcaps().resolve("tls13-hrr-chacha.pcapng"), ips, new ArrayList<>());
		java.io.ByteArrayOutputStream[] out = { new java.io.ByteArrayOutputStream(), new java.io.ByteArrayOutputStream() };
		int clientPort = -1;
		for (byte[] ip : ips) {
			int ihl = (ip[0] & 0x0f) * 4;
			int total = ((ip[2] & 0xff) << 8) | (ip[3] & 0xff);
			int sport = ((ip[ihl] & 0xff) << 8) | (ip[ihl + 1] & 0xff);
			int thl = ((ip[ihl + 12] & 0xff) >> 4) * 4;
			if (clientPort < 0) {
				clientPort = sport;
			}
			int side = sport == clientPort ? 0 : 1;
			out[side].write(ip, ihl + thl, total - ihl - thl);
			if (total - ihl - thl > 0) {
				FRAME_ENDS.add(new int[] { side, out[side].size() });
			}
		}
		return new byte[][] { out[0].toByteArray(), out[1].toByteArray() };
	}

	/** A segment of direction {@code side} carrying {@code data[from..to)}. */
	private record Segment(int side, int from, int to) {
	}

	private static RawPacket packet(int side, int seq, byte[] payload, int flags) {
		ByteBuffer b = ByteBuffer.allocate(40 + payload.length);
		b.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload.length)).putShort((short) 0).putShort((short) 0)
				.put((byte) 64).put((byte) 6).putShort((short) 0);
		b.put(address(side)).put(address(1 - side));
		b.putShort((short) (side == 0 ? 40000 : 443)).putShort((short) (side == 0 ? 443 : 40000)).putInt(seq).putInt(0)
				.put((byte) 0x50).put((byte) flags).putShort((short) 65535).putInt(0).put(payload);
		return new RawPacket(0, 0, 101, 0, b.capacity(), b.array());
	}

	private static byte[] address(int side) {
		String[] parts = SIDES[side].split("\\.");
		byte[] a = new byte[4];
		for (int i = 0; i < 4; i++) {
			a[i] = (byte) Integer.parseInt(parts[i]);
		}
		return a;
	}

	/** Decodes the segments in the given order; returns every TLS field value in stream order. */
	private static Map<String, List<String>> decode(byte[][] streams, List<Segment> order, boolean buffer)
			throws Exception {
		PacketDecoder decoder = new PacketDecoder(DissectorRegistry.builtins(),
				KeyLog.read(Oracles.pcaps().resolve("tls13-hrr-chacha.keylog")), buffer);
		decoder.decode(packet(0, 999, new byte[0], 0x02));
		decoder.decode(packet(1, 4999, new byte[0], 0x12));
		Map<String, List<String>> all = new LinkedHashMap<>();
		for (Segment s : order) {
			byte[] payload = java.util.Arrays.copyOfRange(streams[s.side()], s.from(), s.to());
			DecodedFrame frame = decoder.decode(packet(s.side(), (s.side() == 0 ? 1000 : 5000) + s.from(), payload, 0x18));
			// per direction: delaying one side's segment must not change what that side says
			// ("tls" itself marks each frame TLS ran in, which depends on how the bytes were cut)
			FieldValues.of(frame, "tls").forEach((k, v) -> {
				if (!k.equals("tls")) {
					all.computeIfAbsent(s.side() + ":" + k, x -> new ArrayList<>()).addAll(v);
				}
			});
		}
		return all;
	}

	/** The captured segments in capture order, each cut into one to four pieces. */
	private static List<List<Segment>> segments(Random random) {
		List<List<Segment>> out = new ArrayList<>();
		int[] at = { 0, 0 };
		for (int[] end : FRAME_ENDS) {
			int side = end[0];
			List<Segment> pieces = new ArrayList<>();
			int cuts = 1 + random.nextInt(4);
			int from = at[side];
			for (int i = 1; i <= cuts; i++) {
				int to = i == cuts ? end[1] : Math.min(end[1], from + 1 + random.nextInt(Math.max(1, (end[1] - from) / 2)));
				if (to > from) {
					pieces.add(new Segment(side, from, to));
				}
				from = to;
			}
			at[side] = end[1];
			out.add(pieces);
		}
		return out;
	}

	private static List<Segment> flatten(List<List<Segment>> groups) {
		return groups.stream().flatMap(List::stream).toList();
	}

	@Test
	void outOfOrderDuplicatedAndOverlappingSegmentsGiveTheCleanResult() throws Exception {
		byte[][] streams = streams();
		Random random = new Random(42);
		List<List<Segment>> groups = segments(random);
		Map<String, List<String>> expected = decode(streams, flatten(groups), true);
		assertTrue(expected.get("1:tls.handshake.type").contains("20"), "the clean stream decrypts to Finished");
		for (int round = 0; round < 20; round++) {
			// within each captured segment's pieces: shuffle (early arrivals), repeat (retransmissions)
			// and add overlapping copies; the conversation's own order between segments stays
			List<Segment> messy = new ArrayList<>();
			for (List<Segment> group : groups) {
				List<Segment> pieces = new ArrayList<>(group);
				for (Segment piece : group) {
					if (random.nextInt(4) == 0) {
						pieces.add(piece);
					}
					if (random.nextInt(5) == 0 && piece.to() - piece.from() > 4) {
						int mid = (piece.from() + piece.to()) / 2;
						pieces.add(new Segment(piece.side(), mid - 2, group.get(group.size() - 1).to()));
					}
				}
				Collections.shuffle(pieces, random);
				messy.addAll(pieces);
			}
			Map<String, List<String>> actual = decode(streams, messy, true);
			StringBuilder differences = new StringBuilder();
			for (String key : expected.keySet()) {
				if (!expected.get(key).equals(actual.get(key))) {
					differences.append(key).append(": ").append(expected.get(key)).append(" vs ").append(actual.get(key))
							.append('\n');
				}
			}
			assertEquals(expected, actual, "round " + round + ":\n" + differences + " order " + messy);
		}
	}

	@Test
	void missingDataIsMarkedAndDecodingResumes() throws Exception {
		byte[][] streams = streams();
		List<Segment> clean = flatten(segments(new Random(7)));
		// drop one server segment in the middle of the encrypted flight
		List<Segment> lossy = new ArrayList<>(clean);
		int dropped = -1;
		for (int i = 0; i < lossy.size(); i++) {
			if (lossy.get(i).side() == 1 && lossy.get(i).from() > 300) {
				dropped = i;
				break;
			}
		}
		lossy.remove(dropped);
		Map<String, List<String>> fields = decode(streams, lossy, false);
		assertTrue(fields.containsKey("0:tls.record.content_type"));
		assertTrue(decodeMarksGap(streams, lossy), "the hole is reported as missing data");
	}

	private static boolean decodeMarksGap(byte[][] streams, List<Segment> order) throws Exception {
		PacketDecoder decoder = new PacketDecoder(DissectorRegistry.builtins(), null, false);
		decoder.decode(packet(0, 999, new byte[0], 0x02));
		decoder.decode(packet(1, 4999, new byte[0], 0x12));
		boolean gap = false;
		for (Segment s : order) {
			byte[] payload = java.util.Arrays.copyOfRange(streams[s.side()], s.from(), s.to());
			DecodedFrame frame = decoder.decode(packet(s.side(), (s.side() == 0 ? 1000 : 5000) + s.from(), payload, 0x18));
			gap |= frame.has("tls.missing_data");
		}
		return gap && decoder.statistics().tcpGaps == 1;
	}
}
