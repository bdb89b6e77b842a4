package io.trustbench.decoder.ui.internal.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.trustbench.decoder.DataSource;
import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.Field;

/** Display-filter syntax and meaning on a hand-built frame, plus a fuzz run. */
public class DisplayFiltersTest {

	static DecodedFrame frame() {
		DecodedFrame frame = new DecodedFrame(7, 0, 60, new byte[60]);
		DataSource s = frame.frameSource();
		Field tcp = frame.addRoot(new Field("tcp", "TCP", null, s, 0, 20));
		tcp.add(new Field("tcp.srcport", "Source Port: 8883", "8883", s, 0, 2));
		tcp.add(new Field("tcp.dstport", "Destination Port: 51000", "51000", s, 2, 2));
		Field tls = frame.addRoot(new Field("tls", "TLS", "tls", s, 20, 40));
		Field record = tls.add(new Field("tls.record", "Record", "1", s, 20, 40));
		record.add(new Field("tls.record.version", "Version", "0x0303", s, 21, 2));
		record.add(new Field("tls.handshake.type", "Handshake Type: Server Hello (2)", "2", s, 25, 1));
		record.add(new Field("tls.handshake.type", "Handshake Type: Certificate (11)", "11", s, 30, 1));
		record.add(new Field("tls.handshake.random", "Random", "a1b2c3d4", s, 31, 4));
		record.add(new Field("tls.handshake.extensions_server_name", "SNI", "iot.example.com", s, 40, 15));
		return frame;
	}

	static boolean matches(String filter) throws FilterSyntaxException {
		return DisplayFilters.compile(filter).test(frame());
	}

	@Test
	void fieldsAndProtocolsExist() throws Exception {
		assertTrue(matches("tls"));
		assertTrue(matches("tls.handshake"), "a prefix of present fields names a protocol layer");
		assertTrue(matches("tcp.srcport"));
		assertFalse(matches("udp"));
		assertFalse(matches("tls.alert_message"));
	}

	@Test
	void comparisonsMatchAnyOccurrence() throws Exception {
		assertTrue(matches("tls.handshake.type == 11"));
		assertTrue(matches("tls.handshake.type eq 2"));
		assertFalse(matches("tls.handshake.type == 1"));
		assertFalse(matches("tls.handshake.type != 2"), "!= means no occurrence equals");
		assertTrue(matches("tls.handshake.type != 1"));
		assertTrue(matches("tls.handshake.type > 10 && tls.handshake.type < 3"));
		assertTrue(matches("tls.record.version == 0x303"), "numbers compare by value");
		assertTrue(matches("tls.record.version >= 771"));
		assertTrue(matches("tls.handshake.random == a1:b2:C3:d4"), "bytes ignore separators and case");
		assertTrue(matches("tls.handshake.extensions_server_name contains \"example\""));
		assertTrue(matches("tls.handshake.extensions_server_name == \"iot.example.com\""));
		assertTrue(matches("tcp.port == 8883 and tcp.port == 51000"), "tcp.port is either port");
	}

	@Test
	void booleanOperatorsAndParentheses() throws Exception {
		assertTrue(matches("not udp"));
		assertTrue(matches("!(tls.handshake.type == 1)"));
		assertTrue(matches("udp || (tls and tcp.srcport == 8883)"));
		assertFalse(matches("udp or tls and tcp.srcport == 1"), "and binds tighter than or");
	}

	@Test
	void errorsNameTheProblem() {
		assertEquals("a value is missing after \"==\" at 22",
				assertThrows(FilterSyntaxException.class, () -> DisplayFilters.compile("tls.handshake.type ==")).getMessage());
		assertThrows(FilterSyntaxException.class, () -> DisplayFilters.compile("(tls"));
		assertThrows(FilterSyntaxException.class, () -> DisplayFilters.compile("tls)"));
		assertThrows(FilterSyntaxException.class, () -> DisplayFilters.compile("== 1"));
		assertThrows(FilterSyntaxException.class, () -> DisplayFilters.compile("tls && "));
		assertThrows(FilterSyntaxException.class, () -> DisplayFilters.compile("tls.handshake.type = 1"));
		assertThrows(FilterSyntaxException.class, () -> DisplayFilters.compile("tls \"x\""));
		assertThrows(FilterSyntaxException.class, () -> DisplayFilters.compile("sni == \"open"));
		assertThrows(FilterSyntaxException.class, () -> DisplayFilters.compile("   "));
	}

	@Test
	void fuzzedFiltersNeverThrowAnythingElse() {
		String[] pieces = { "tls", "tcp.port", "tls.handshake.type", "==", "!=", "<", ">=", "contains", "and", "or",
				"not", "!", "&&", "||", "(", ")", "\"", "1", "0x", "a1:b2", " ", "\\", "=", ".", "-", "::", "é", "\u0000" };
		Random random = new Random(20261127);
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			for (int i = 0; i < 20_000; i++) {
				StringBuilder sb = new StringBuilder();
				int n = random.nextInt(12);
				for (int j = 0; j < n; j++) {
					sb.append(random.nextInt(5) == 0 ? (char) random.nextInt(128) : pieces[random.nextInt(pieces.length)]);
					if (random.nextBoolean()) {
						sb.append(' ');
					}
				}
				try {
					Predicate<DecodedFrame> filter = DisplayFilters.compile(sb.toString());
					filter.test(frame());
				} catch (FilterSyntaxException e) {
					assertFalse(e.getMessage().isBlank());
					assertTrue(e.position() >= 0 && e.position() <= sb.length(), sb + " -> " + e.position());
				}
			}
		});
	}
}
