package io.trustbench.pki.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.trustbench.pki.ui.internal.model.HexLayout;

/** The hex pane's text layout and its byte ↔ character mapping, without a display. */
public class HexLayoutTest {

	@Test
	void rendersOffsetHexAndAscii() {
		byte[] data = new byte[20];
		for (int i = 0; i < data.length; i++) {
			data[i] = (byte) (0x30 + i);
		}
		String[] lines = new HexLayout(data).text().split("\n");
		assertEquals(2, lines.length);
		assertEquals("00000000  30 31 32 33 34 35 36 37  38 39 3a 3b 3c 3d 3e 3f  0123456789:;<=>?", lines[0]);
		assertTrue(lines[1].startsWith("00000010  40 41 42 43 "), lines[1]);
		assertEquals(HexLayout.ASCII_COLUMN + 16, lines[1].length(), "last line padded so columns align");
		assertTrue(lines[1].endsWith("@ABC            "));
	}

	@Test
	void everyByteMapsToItsCharactersAndBack() {
		byte[] data = new byte[100];
		new Random(1).nextBytes(data);
		HexLayout layout = new HexLayout(data);
		String text = layout.text();
		for (int i = 0; i < data.length; i++) {
			int hex = HexLayout.hexPosition(i);
			assertEquals(String.format("%02x", data[i] & 0xff), text.substring(hex, hex + 2), "byte " + i);
			assertEquals(i, layout.byteAt(hex));
			assertEquals(i, layout.byteAt(hex + 1));
			assertEquals(i, layout.byteAt(HexLayout.asciiPosition(i)));
		}
		assertEquals(-1, layout.byteAt(0), "offset column");
		assertEquals(-1, layout.byteAt(HexLayout.hexPosition(3) + 2), "separator");
		assertEquals(-1, layout.byteAt(HexLayout.hexPosition(7) + 3), "middle gap");
		assertEquals(-1, layout.byteAt(text.length() - 2), "padding after the last byte");
	}

	@Test
	void rangesCoverExactlyTheRequestedBytesAcrossLines() {
		byte[] data = new byte[70];
		new Random(2).nextBytes(data);
		HexLayout layout = new HexLayout(data);
		String text = layout.text();
		for (int[] request : new int[][] { { 0, 1 }, { 5, 20 }, { 15, 2 }, { 16, 16 }, { 3, 67 }, { 60, 10 } }) {
			List<int[]> ranges = layout.ranges(request[0], request[1]);
			StringBuilder hex = new StringBuilder();
			int asciiChars = 0;
			for (int[] range : ranges) {
				String part = text.substring(range[0], range[0] + range[1]);
				if (range[0] % HexLayout.LINE_LENGTH < HexLayout.ASCII_COLUMN) {
					hex.append(part.replace(" ", ""));
				} else {
					asciiChars += part.length();
				}
			}
			String expected = HexFormat.of().formatHex(data, request[0], request[0] + request[1]);
			assertEquals(expected, hex.toString(), "hex of " + request[0] + "+" + request[1]);
			assertEquals(request[1], asciiChars, "ascii of " + request[0] + "+" + request[1]);
		}
		List<int[]> clipped = layout.ranges(60, 100);
		assertEquals(4, clipped.size(), "bytes 60-63 and 64-69, hex and ASCII each");
		assertEquals(6, clipped.get(3)[1], "clipped to the data");
		assertTrue(layout.ranges(-5, 0).isEmpty());
	}
}
